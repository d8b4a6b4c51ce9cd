package sixk.submission;

import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.record.Filer;
import sixk.record.Header;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderParserTest {
    private static Submission parse(String resource) {
        return new SubmissionParser().parse(ByteBuffer.wrap(TestFiles.resource("submissions/" + resource)));
    }

    @Test
    void bareHeaderWithTwoFilersAndExtraTags() {
        Header h = parse("multiple-filers-header.txt").header();
        assertThat(h.accession()).isEqualTo("0001104659-23-069855");
        assertThat(h.submissionType()).isEqualTo("10-D");
        assertThat(h.publicDocumentCount()).isEqualTo(2);
        assertThat(h.periodOfReport()).isEqualTo("2023-05-31");
        assertThat(h.acceptanceDatetime()).isEqualTo("20230609145616");
        assertThat(h.filers()).hasSizeGreaterThanOrEqualTo(2);
        Filer first = h.filers().get(0);
        assertThat(first.name()).isEqualTo("First National Master Note Trust");
        assertThat(first.cik()).isEqualTo("0001396730");
        assertThat(first.fileNumber()).isEqualTo("333-140273-01");
        assertThat(first.businessAddress().city()).isEqualTo("OMAHA");
    }

    @Test
    void formerNamesInOrder() {
        Header h = parse("multiple-former-names-header.txt").header();
        Filer f = h.filers().get(0);
        assertThat(f.name()).isEqualTo("REGENEREX PHARMA, INC.");
        assertThat(f.formerNames()).extracting("name").startsWith("PEPTIDE TECHNOLOGIES, INC.", "Eternelle Skincare Products Inc.");
        assertThat(f.formerNames().get(0).changed()).isEqualTo("2018-03-09");
    }

    @Test
    void subjectCompanyAndReportingOwnerRoles() {
        Submission s = parse("1998-form4-header.txt");
        assertThat(s.header().filers()).extracting(Filer::role).contains("subject_company");
        assertThat(s.header().primaryFiler().name()).startsWith("MORTON INTERNATIONAL");
        assertThat(s.warnings()).extracting("code").contains("no_documents");
    }

    @Test
    void feedFormWithItems() {
        Submission s = parse("0002002260-24-000001.nc");
        Header h = s.header();
        assertThat(h.accession()).isEqualTo("0002002260-24-000001");
        assertThat(h.submissionType()).isEqualTo("D");
        assertThat(h.filedAsOf()).isEqualTo("2024-01-11");
        assertThat(h.filers().get(0).name()).isEqualTo("VEPF VIII Co-Invest 4-A, L.P.");
        assertThat(h.filers().get(0).fileNumber()).isEqualTo("021-502201");
        assertThat(s.documents()).hasSize(1);
        assertThat(s.documents().get(0).filename()).isEqualTo("primary_doc.xml");
    }

    @Test
    void oldItemWordingMapsToModernNumber() {
        Header h = parse("0001004963-96-000018-8k-1996.txt").header();
        assertThat(h.items()).containsExactly("5.01");
    }

    @Test
    void itemCaptionsInBothWordings() {
        assertThat(ItemCodes.of("Results of Operations and Financial Condition")).isEqualTo("2.02");
        assertThat(ItemCodes.of("Financial statements and exhibits")).isEqualTo("9.01");
        assertThat(ItemCodes.of("Other events")).isEqualTo("8.01");
        assertThat(ItemCodes.of("Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers: Compensatory Arrangements of Certain Officers")).isEqualTo("5.02");
        assertThat(ItemCodes.of("Item 2.02")).isEqualTo("2.02");
        assertThat(ItemCodes.of("  ")).isNull();
    }

    @Test
    void imsHeaderInPemEnvelopeTruncated() {
        Submission s = parse("0000891618-94-000021-ims-head.txt");
        assertThat(s.header().accession()).isEqualTo("0000891618-94-000021");
        assertThat(s.header().submissionType()).isEqualTo("424B5");
        assertThat(s.header().primaryFiler().name()).isEqualTo("APPLE COMPUTER INC");
        assertThat(s.documents()).hasSize(1);
        assertThat(s.warnings()).extracting("code").contains("truncated", "text_unclosed");
    }

    @Test
    void furtherTopLevelFieldsAreKept() {
        Header h = parse("multiple-filers-header.txt").header();
        assertThat(h.other()).containsEntry("depositor_cik", "0001171040").containsEntry("abs_asset_class", "Credit card");
    }
}
