package sixk.event;

import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.pipeline.FilingReader;
import sixk.record.Event;
import sixk.record.FilingRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sentence an event points at. */
class EventEvidenceTest {
    @Test
    void evidenceOfAnOtherEventIsASentenceNotTheCoversRuleLine() {
        FilingRecord r = FilingReader.standard().read(TestFiles.resource("filings/abnamro-6k-2009-07.txt"), "abnamro.txt");
        assertThat(r.events()).extracting(Event::type).containsExactly("other");
        String evidence = r.events().get(0).evidence().text();
        assertThat(evidence).doesNotContain("____").startsWith("On 26 June 2009, the Minister of Finance of the Netherlands");
    }

    @Test
    void evidenceOfAnOtherEventIsPastTheCover() {
        FilingRecord r = FilingReader.standard().read(TestFiles.resource("filings/abbey-6k-2009-12.txt"), "abbey.txt");
        Event other = r.events().stream().filter(x -> x.type().equals("other")).findFirst().orElseThrow();
        String text = r.text(other.evidence().document());
        // Past the cover's last question, not its address ("Abbey National House, 2 Triton Square, Regent’s").
        assertThat(other.evidence().text()).doesNotContain("Triton Square");
        assertThat(other.evidence().span().start()).isGreaterThan(text.indexOf("Indicate by check mark"));
    }

    @Test
    void aReleasesOwnSentenceIsBetterEvidenceThanTheBodyDescribingIt() {
        FilingRecord r = FilingReader.standard().read(TestFiles.resource("filings/aegean-6k-2009-06.txt"), "aegean.txt");
        Event e = r.events().stream().filter(x -> x.type().equals("acquisition_disposition")).findFirst().orElseThrow();
        assertThat(e.evidence().text()).doesNotContain("Attached as Exhibit");
        assertThat(r.pressReleases()).anySatisfy(p -> assertThat(p.document()).isEqualTo(e.evidence().document()));
    }
}
