package sixk.cover;

import org.junit.jupiter.api.Test;
import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;
import sixk.record.Warning;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrantNameWarningTest {
    /** Alcatel-Lucent's 6-K cover of February 2009 (0001308179-09-000016), as its text reads: the name was a logo. */
    private static final String COVER = """
            FORM 6-K
            SECURITIES AND EXCHANGE COMMISSION
            Washington, D.C. 20549
            Report of Foreign Private Issuer
            Pursuant to Rule 13a-16 or 15d-16 of the Securities Exchange Act of 1934
            For the month of February, 2009
            Commission File Number 1-11130

            (Translation of registrant\u2019s name into English)

            54, rue La Bo\u00e9tie
            75008 Paris \u2014 France
            (Address of principal executive offices)

            Indicate by check mark whether the registrant files or will file annual reports under cover Form 20-F or Form 40-F.
            Form 20-F \u2612\tForm 40-F \u2610
            """;

    @Test
    void aNameCaptionWithNoNameIsNullWithAWarning() {
        FilingRecord r = FilingReader.standard().read(COVER.getBytes(StandardCharsets.UTF_8), "cover.txt");
        assertThat(r.cover().registrantName()).isNull();
        assertThat(r.warnings()).extracting(Warning::code).contains("registrant_name_not_printed");
    }

    @Test
    void aNamePrintedAboveItsCaptionGivesNoWarning() {
        String named = COVER.replace("\n(Translation", "\nALCATEL-LUCENT\n(Translation");
        FilingRecord r = FilingReader.standard().read(named.getBytes(StandardCharsets.UTF_8), "cover.txt");
        assertThat(r.cover().registrantName()).isEqualTo("ALCATEL-LUCENT");
        assertThat(r.warnings()).extracting(Warning::code).doesNotContain("registrant_name_not_printed");
    }
}
