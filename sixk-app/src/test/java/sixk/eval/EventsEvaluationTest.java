package sixk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.TestFiles;
import sixk.cli.CliRun;
import sixk.event.EventModel;
import sixk.record.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Events measured on the shared data: 8-K items against what filers declared (held-out files), the
 * dev gold, and {@code sixk train} giving the same model from the same corpus. Floors sit below
 * the figures in the README, so a change that breaks reading fails here.
 */
class EventsEvaluationTest {
    @Test
    void eightKItemsFromTheTextAlone() throws IOException {
        Path eightk = TestFiles.shared("corpus/eightk").orElse(null);
        assumeTrue(eightk != null, "../shared/corpus/eightk is absent: 8-K evaluation skipped");
        CliRun r = CliRun.of("eval", "--eightk", eightk.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode scores = Json.MAPPER.readTree(r.out());
        assertThat(scores.get("filings").asInt()).isGreaterThan(40);
        assertThat(scores.get("held_out_only").asBoolean()).isTrue();
        assertThat(scores.get("micro_f1").asDouble()).isGreaterThan(0.70);
    }

    @Test
    void devGoldEvents() throws IOException {
        Path gold = TestFiles.shared("gold/dev").orElse(null);
        assumeTrue(gold != null, "../shared/gold/dev is absent: gold evaluation skipped");
        CliRun r = CliRun.of("eval", "--gold", gold.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode micro = Json.MAPPER.readTree(r.out()).path("events").path("micro");
        assertThat(micro.get("precision").asDouble()).isGreaterThan(0.85);
        assertThat(micro.get("f1").asDouble()).isGreaterThan(0.70);
    }

    @Test
    void trainingIsReproducible(@TempDir Path tmp) throws IOException {
        Path eightk = TestFiles.shared("corpus/eightk").orElse(null);
        assumeTrue(eightk != null, "../shared/corpus/eightk is absent: training test skipped");
        // A small copy of the corpus: the labeled bodies of crawler-items.tsv named first in it.
        Path corpus = Files.createDirectories(tmp.resolve("eightk"));
        List<String> lines = Files.readAllLines(eightk.resolve("crawler-items.tsv"));
        StringBuilder tsv = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, Math.min(lines.size(), 41))) {
            String name = line.split("\t")[0];
            if (!Files.isRegularFile(eightk.resolve(name))) continue;
            Files.copy(eightk.resolve(name), corpus.resolve(name));
            tsv.append(line).append('\n');
        }
        Files.writeString(corpus.resolve("crawler-items.tsv"), tsv);
        Path a = tmp.resolve("a.json"), b = tmp.resolve("b.json");
        assertThat(CliRun.of("train", "--corpus", corpus.toString(), "--out", a.toString()).code()).isZero();
        assertThat(CliRun.of("train", "--corpus", corpus.toString(), "--out", b.toString()).code()).isZero();
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        assertThat(EventModel.load(a).items()).contains("2.02");
        CliRun none = CliRun.of("train", "--corpus", tmp.resolve("nope").toString(), "--out", tmp.resolve("c.json").toString());
        assertThat(none.code()).isNotZero();
        assertThat(none.err().strip()).doesNotContain("\n").contains("no 8-K corpus");
    }
}
