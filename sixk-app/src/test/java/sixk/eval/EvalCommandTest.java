package sixk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.cli.CliRun;
import sixk.record.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sixk eval} end to end on the seed sample and a gold file written for it. */
class EvalCommandTest {
    private static final Path SEED = Path.of("..", "samples", "flamel-6k-2002-09-seed.txt");

    static CliRun run(String... args) { return CliRun.of(args); }

    /** gold/dev/seed.json naming seed/flamel.txt under corpus/, as the shared layout does. */
    private static Path goldDir(Path root, String registrant) throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus").resolve("seed"));
        Files.copy(SEED, corpus.resolve("flamel.txt"));
        Path gold = Files.createDirectories(root.resolve("gold").resolve("dev"));
        Files.writeString(gold.resolve("seed.json"), """
                {"file": "seed/flamel.txt", "form": "6-K",
                 "cover": {"registrant_name": "%s", "report_month": "2002-09", "commission_file_number": null,
                           "annual_report_form": "20-F", "principal_office_city": "Vénissieux", "principal_office_country": "France"},
                 "signatures": [{"name": "Stephen Willard", "title": "Executive Vice President, Chief Financial Officer and General Counsel", "date": "2002-09-20"}],
                 "stamps": [{"date": "2002-09-23", "by": "Thomson Financial"}],
                 "exhibits": [{"number": "1", "press_release": true}],
                 "press_releases": [], "events": []}
                """.formatted(registrant));
        return gold;
    }

    @Test
    void printsPerFieldAccuracy(@TempDir Path root) throws IOException {
        CliRun r = run("eval", "--gold", goldDir(root, "Flamel Technologies").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1 gold files scored, 0 failed");
        assertThat(r.out()).containsPattern("cover\\.registrant_name\\s+1\\s+1\\s+1\\.000");
        assertThat(r.out()).containsPattern("signatures\\.title\\s+1\\s+1\\s+1\\.000");
        assertThat(r.out()).containsPattern("exhibits\\s+1\\s+0\\s+0\\s+1\\.000");
    }

    @Test
    void jsonAndVerboseListTheMismatch(@TempDir Path root) throws IOException {
        CliRun r = run("eval", "--gold", goldDir(root, "Someone Else").toString(), "--json", "--verbose");
        assertThat(r.code()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.path("files").asInt()).isEqualTo(1);
        assertThat(j.path("fields").path("cover.registrant_name").path("accuracy").asDouble()).isZero();
        assertThat(j.path("fields").path("cover.report_month").path("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(j.path("mismatches")).anySatisfy(m -> {
            assertThat(m.path("field").asText()).isEqualTo("cover.registrant_name");
            assertThat(m.path("expected").asText()).isEqualTo("Someone Else");
            assertThat(m.path("got").asText()).isEqualTo("Flamel Technologies");
        });
    }

    @Test
    void aMissingFilingIsAFailureLineAndTheRunGoesOn(@TempDir Path root) throws IOException {
        Path gold = goldDir(root, "Flamel Technologies");
        Files.writeString(gold.resolve("missing.json"), "{\"file\": \"../outside.txt\", \"cover\": {}}");
        CliRun r = run("eval", "--gold", gold.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("1 gold files scored, 1 failed");
        assertThat(r.err()).contains("no such filing under the corpus").doesNotContain("Exception");
    }

    @Test
    void consistencyOverADirectory(@TempDir Path root) throws IOException {
        Files.copy(SEED, root.resolve("seed.txt"));
        CliRun r = run("eval", "--consistency", root.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1 files, 0 6-K submissions with a header").contains("0 of 0");
    }

    @Test
    void anEmptyEightKDirectoryScoresNothingAndAMissingDirectoryIsOneLine(@TempDir Path root) {
        CliRun r = run("eval", "--eightk", root.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("0 filings scored");
        CliRun missing = run("eval", "--gold", root.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("sixk: no such directory").doesNotContain("\n");
        CliRun none = run("eval");
        assertThat(none.code()).isEqualTo(2);
    }
}
