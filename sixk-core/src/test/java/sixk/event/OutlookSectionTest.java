package sixk.event;

import org.junit.jupiter.api.Test;
import sixk.pipeline.FilingReader;
import sixk.record.Event;
import sixk.record.FilingRecord;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A results release tells its guidance in an outlook section at its end, past the sentences read for news. */
class OutlookSectionTest {
    private static String release(String beforeGuidance) {
        StringBuilder b = new StringBuilder("Acme Widgets Reports Fourth Quarter 2009 Results\n\n"
                + "TORONTO, March 4, 2010 - Acme Widgets Inc. (NYSE: ACW) today reported its results for the fourth quarter of 2009.\n\n");
        // A long release: the lead, then paragraph after paragraph of detail.
        for (int i = 1; i <= 80; i++) {
            b.append("Plant number ").append(i).append(" shipped ").append(1000 + i).append(" units to customers in its region during the period. ");
            if (i % 4 == 0) b.append("\n\n");
        }
        b.append(beforeGuidance)
                .append("For the first quarter of 2010, the Company's revenue target is in the estimated range of $40 million to $44 million.\n\n")
                .append("Conference Call\n\nThe Company will host a call for analysts at 8:00 a.m. Eastern Time tomorrow morning.\n");
        return b.toString();
    }

    private static Optional<Event> guidance(String text) {
        FilingRecord r = FilingReader.standard().read(text.getBytes(StandardCharsets.UTF_8), "release.txt");
        return r.events().stream().filter(e -> e.type().equals("guidance")).findFirst();
    }

    @Test
    void guidanceUnderAnOutlookHeadingIsReadWhereverItComes() {
        Optional<Event> g = guidance(release("Business Outlook\n\n"));
        assertThat(g).isPresent();
        assertThat(g.get().facts()).containsEntry("period", "2010-Q1");
    }

    @Test
    void theSameSentenceDeepInTheBackgroundIsNot() {
        assertThat(guidance(release(""))).isEmpty();
    }
}
