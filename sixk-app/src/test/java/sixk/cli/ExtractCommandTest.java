package sixk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.record.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    private static final Path SEED = Path.of("..", "samples", "flamel-6k-2002-09-seed.txt");

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void oneFileGivesOnePrettyRecord() throws IOException {
        CliRun r = run("extract", SEED.toString());
        assertThat(r.code()).isZero();
        JsonNode record = Json.MAPPER.readTree(r.out());
        assertThat(record.path("source").path("sha256").asText()).hasSize(64);
        assertThat(record.path("documents")).hasSize(2);
        assertThat(r.out().lines().count()).isGreaterThan(10);
        assertThat(r.err()).contains("1 files").contains("0 failures");
    }

    @Test
    void batchGoesOnPastBadFilesAndPrintsJsonLines(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun r = run("extract", SEED.toString(), dir.resolve("missing.txt").toString(), empty.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        for (String line : lines) Json.MAPPER.readTree(line);
        assertThat(r.err()).contains("missing.txt: no such file").contains("3 files").contains("1 failures").doesNotContain("Exception");
    }

    @Test
    void aDirectoryGivesItsFilingsAsIngestTakesThem(@TempDir Path dir) throws IOException {
        Files.copy(SEED, dir.resolve("seed.txt"));
        Files.writeString(dir.resolve("README.md"), "# notes beside the filings");
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        CliRun r = run("extract", "--jsonl", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).contains("1 files");
    }

    @Test
    void severalThreadsPrintTheRecordsInInputOrder(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("extract", "--threads", "3"));
        List<String> expected = new ArrayList<>();
        try (var samples = Files.list(Path.of("..", "samples"))) {
            // The largest first: it finishes last, so printing in the order of completion would show.
            for (Path p : samples.filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted(java.util.Comparator.comparingLong((Path p) -> p.toFile().length()).reversed()).toList()) {
                args.add(p.toString());
                expected.add(p.toString());
                if (expected.size() == 3) args.add(dir.resolve("missing.txt").toString()); // a failure in the middle
            }
        }
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(1);
        List<String> paths = new ArrayList<>();
        for (String line : r.out().lines().toList()) paths.add(Json.MAPPER.readTree(line).path("source").path("path").asText());
        assertThat(paths).containsExactlyElementsOf(expected);
        assertThat(r.err()).contains("missing.txt: no such file").contains((expected.size() + 1) + " files").contains("1 failures");
    }

    @Test
    void textPrintsTheNormalizedDocument() {
        CliRun r = run("extract", "--text", SEED.toString());
        assertThat(r.out()).contains("For the month of September 2002").contains("$4 million").doesNotContain("\\$4");
    }

    @Test
    void unknownOptionIsOneLine() {
        CliRun r = run("extract", "--no-such-option", SEED.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
        assertThat(r.err()).doesNotContain("at sixk.");
    }
}
