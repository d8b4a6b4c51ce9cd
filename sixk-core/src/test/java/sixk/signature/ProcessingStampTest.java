package sixk.signature;

import org.junit.jupiter.api.Test;
import sixk.record.Stamp;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessingStampTest {
    /** The seed (Flamel Technologies, 6-K of September 2002): Thomson Financial's stamp over four lines. */
    @Test
    void thomsonFinancialStamp() {
        String text = """
                For the month of September 2002

                PROCESSED
                SEP 23 2002
                THOMSON
                FINANCIAL

                Flamel Technologies
                """;
        List<Stamp> s = ProcessingStamp.find(text, 0);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).text()).isEqualTo("PROCESSED SEP 23 2002 THOMSON FINANCIAL");
        assertThat(s.get(0).date()).isEqualTo("2002-09-23");
        assertThat(s.get(0).by()).isEqualTo("Thomson Financial");
        assertThat(s.get(0).span().of(text)).isEqualTo("PROCESSED\nSEP 23 2002\nTHOMSON\nFINANCIAL");
    }

    /** OCR splits the day's digits ("SEP 2 3 2002") and may put the date on the keyword's line. */
    @Test
    void ocrSplitDigitsAndDateOnTheSameLine() {
        assertThat(ProcessingStamp.find("PROCESSED\nSEP 2 3 2002\nTHOMSON FINANCIAL\n", 0))
                .extracting(Stamp::date, Stamp::by).containsExactly(org.assertj.core.groups.Tuple.tuple("2002-09-23", "Thomson Financial"));
        assertThat(ProcessingStamp.find("RECEIVED 23 SEP 2002\nOFFICE OF INTERNATIONAL\nCORPORATE FINANCE\n", 0))
                .extracting(Stamp::date, Stamp::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2002-09-23", "Office of International Corporate Finance"));
    }

    /** The word in running text is not a stamp, nor is a stamp word without a date. */
    @Test
    void proseIsNotAStamp() {
        assertThat(ProcessingStamp.find("The order was PROCESSED on SEP 23 2002 by the clerk.\n", 0)).isEmpty();
        assertThat(ProcessingStamp.find("RECEIVED\nby the Company\n", 0)).isEmpty();
    }
}
