package sixk.signature;

import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.pipeline.FilingReader;
import sixk.record.Cover;
import sixk.record.DocumentInfo;
import sixk.record.FilingRecord;
import sixk.record.Signature;
import sixk.record.Stamp;
import sixk.record.Warning;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of docs/record.md, field by field: the seed filing read by the full reader. */
class SeedRecordTest {
    private static final FilingRecord R = FilingReader.standard().read(TestFiles.resource("filings/flamel-6k-2002-09-seed.txt"), "seed.txt");

    @Test
    void formFromTheCover() {
        assertThat(R.header()).isNull();
        assertThat(R.form()).isEqualTo("6-K");
    }

    @Test
    void cover() {
        Cover c = R.cover();
        assertThat(c.registrantName()).isEqualTo("Flamel Technologies");
        assertThat(c.reportMonth()).isEqualTo("2002-09");
        assertThat(c.commissionFileNumber()).isNull();
        assertThat(c.principalOffice().text()).isEqualTo("Parc Club du Moulin à Vent, 33 avenue du Dr. Georges Levy, 69693 Vénissieux cedex France");
        assertThat(c.principalOffice().city()).isEqualTo("Vénissieux");
        assertThat(c.principalOffice().country()).isEqualTo("France");
        assertThat(c.paperSubmission101b1()).isNull();
        assertThat(c.paperSubmission101b7()).isNull();
        assertThat(c.exemption12g32b()).isNull();
        assertThat(c.exemptionFileNumber()).isNull();
    }

    @Test
    void twentyFInferredWithAWarningPointingAtTheText() {
        assertThat(R.cover().annualReportForm()).isEqualTo("20-F");
        Warning w = R.warnings().stream().filter(x -> x.code().equals("annual_report_form_inferred")).findFirst().orElseThrow();
        assertThat(w.message()).contains("inferred").contains("20-F");
        assertThat(w.span().of(R.text(w.document()))).isEqualTo("Form 20-F");
        assertThat(R.text(w.document())).contains("Annual Report on the Securities and Exchange Commission Form 20-F");
    }

    @Test
    void oneSignature() {
        assertThat(R.signatures()).hasSize(1);
        Signature s = R.signatures().get(0);
        assertThat(s.registrant()).isEqualTo("Flamel Technologies");
        assertThat(s.date()).isEqualTo("2002-09-20");
        assertThat(s.signedAs()).isEqualTo("/s/ Stephen H. Willard");
        assertThat(s.name()).isEqualTo("Stephen Willard");
        assertThat(s.title()).isEqualTo("Executive Vice President, Chief Financial Officer and General Counsel");
        assertThat(s.document()).isZero();
        assertThat(s.span().of(R.text(0))).startsWith("By: /s/ Stephen H. Willard").endsWith("Counsel");
    }

    @Test
    void theProcessingStamp() {
        assertThat(R.stamps()).hasSize(1);
        Stamp s = R.stamps().get(0);
        assertThat(s.text()).isEqualTo("PROCESSED SEP 23 2002 THOMSON FINANCIAL");
        assertThat(s.date()).isEqualTo("2002-09-23");
        assertThat(s.by()).isEqualTo("Thomson Financial");
        assertThat(s.span().of(R.text(s.document()))).isEqualTo("PROCESSED\nSEP 23 2002\nTHOMSON\nFINANCIAL");
    }

    @Test
    void exhibitOneIsItsOwnDocument() {
        assertThat(R.documents()).hasSize(2);
        DocumentInfo report = R.documents().get(0), exhibit = R.documents().get(1);
        assertThat(report.type()).isEqualTo("6-K");
        assertThat(exhibit.type()).isEqualTo("EX-1");
        assertThat(exhibit.exhibitNumber()).isEqualTo("1");
        assertThat(exhibit.title()).isEqualTo("Flamel Technologies Announces Receipt of $4 Million Milestone Payment from Servier Monde");
        assertThat(R.text(1)).startsWith("Exhibit 1");
        assertThat(R.text(0)).doesNotContain("Servier Monde on this product");
        for (int i = 0; i < 2; i++) assertThat(R.documents().get(i).chars()).isEqualTo(R.text(i).length());
    }
}
