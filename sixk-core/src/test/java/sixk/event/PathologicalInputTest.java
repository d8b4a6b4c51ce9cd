package sixk.event;

import org.junit.jupiter.api.Test;
import sixk.pipeline.FilingReader;
import sixk.record.Entity;
import sixk.record.Event;
import sixk.record.FilingRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Inputs that break naive readers: text with no sentence boundary, a table of 50,000 rows, releases
 * in French and German, numbers in the continental convention. Each is read whole, with no
 * exception, and within a generous bound per megabyte that only a runaway would cross.
 */
class PathologicalInputTest {
    /** Seconds per megabyte that no healthy run comes near (the reader does tens of MB per second). */
    private static final double SECONDS_PER_MB = 20;

    private static FilingRecord read(String text, String name) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Duration limit = Duration.ofMillis((long) (1000 * SECONDS_PER_MB * Math.max(1, bytes.length / 1e6)));
        return assertTimeoutPreemptively(limit, () -> FilingReader.standard().read(bytes, name));
    }

    @Test
    void textWithNoSentenceBoundaries() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 2_000_000) b.append("the company announced revenue growth and a milestone payment from partners ");
        FilingRecord r = read(b.toString(), "run-on.txt");
        assertThat(r.texts()).isNotEmpty();
        assertThat(r.events().size()).isLessThanOrEqualTo(5);
    }

    @Test
    void aTableOfFiftyThousandRows() {
        StringBuilder b = new StringBuilder("<html><body><p>(in thousands of euros)</p><table>");
        for (int i = 0; i < 50_000; i++) b.append("<tr><td>Revenue line ").append(i).append("</td><td>(1,234)</td><td>12.5%</td><td>€ 3,4 million</td></tr>");
        b.append("</table></body></html>");
        FilingRecord r = read(b.toString(), "table.htm");
        assertThat(r.entities()).extracting(Entity::kind).contains("money", "percent");
        for (Entity e : r.entities()) assertThat(e.span().of(r.text(e.document()))).isEqualTo(e.text());
    }

    @Test
    void releasesInFrenchAndGermanGiveNoWrongType() {
        String french = "Lyon, France, le 19 septembre 2002 – Flamel Technologies annonce aujourd'hui avoir reçu un paiement d'étape "
                + "de 4 millions de dollars de Servier Monde. « Nous sommes très satisfaits », a déclaré le président.\n";
        String german = "Aachen, 30. Juli 2009 – Die AIXTRON AG hat heute ihre Ergebnisse für das erste Halbjahr 2009 veröffentlicht. "
                + "Der Umsatz betrug EUR 102,9 Mio. (Vorjahr: EUR 130,3 Mio.). Die Liquidität lag bei € 84,4 Millionen.\n";
        for (String text : List.of(french, german)) {
            FilingRecord r = read(text, "release.txt");
            for (Event e : r.events()) assertThat(e.type()).as(text).isIn("other");
            for (Entity e : r.entities()) assertThat(e.span().of(r.text(e.document()))).isEqualTo(e.text());
        }
        FilingRecord r = read(german, "release.txt");
        assertThat(r.entities()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("money");
            assertThat(e.text()).isEqualTo("EUR 102,9");
        });
    }

    @Test
    void continentalNumbers() {
        FilingRecord r = read("Net sales were EUR 1.234,56 million in the first half of 2009.\n", "n.txt");
        assertThat(r.entities()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("money");
            assertThat(((sixk.entity.MoneyAmount) e.value()).asDouble()).isEqualTo(1_234_560_000d);
        });
    }
}
