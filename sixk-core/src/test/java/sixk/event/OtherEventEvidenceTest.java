package sixk.event;

import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.pipeline.FilingReader;
import sixk.record.Event;
import sixk.record.FilingRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** A filing whose news fits no type points at its first sentence of news, never at a rule line. */
class OtherEventEvidenceTest {
    @Test
    void evidenceOfAnOtherEventIsASentenceNotTheCoversRuleLine() {
        FilingRecord r = FilingReader.standard().read(TestFiles.resource("filings/abnamro-6k-2009-07.txt"), "abnamro.txt");
        assertThat(r.events()).extracting(Event::type).containsExactly("other");
        String evidence = r.events().get(0).evidence().text();
        assertThat(evidence).doesNotContain("____").startsWith("On 26 June 2009, the Minister of Finance of the Netherlands");
    }
}
