package sixk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.TestFiles;
import sixk.cli.CliRun;
import sixk.search.SearchIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An ingest killed with SIGKILL (a real child JVM, destroyed forcibly while it writes) and run
 * again: what the killed run committed to the index is in its store, and after the re-run every
 * filing is in the store exactly once, whole, and in the index.
 */
class KillAndResumeIngestTest {
    /** The generation of the index's last commit (Lucene's segments_N, N in base 36), 0 before the first. */
    private static long indexCommits(Path data) throws IOException {
        Path dir = data.resolve("index");
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_"))
                    .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX)).max().orElse(0);
        } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
            return 0; // a file gone while listed: Lucene deletes the commit before last
        }
    }

    @Test
    void killedMidwayThenFinished(@TempDir Path tmp) throws Exception {
        Path corpus = TestFiles.sixkCorpus().orElse(null);
        assumeTrue(corpus != null, "../shared/corpus/sixk is absent: kill-and-resume test skipped");
        Path inputs = Files.createDirectories(tmp.resolve("in"));
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(120).toList();
        }
        for (Path f : files) Files.copy(f, inputs.resolve(f.getFileName()));
        Path data = tmp.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The index is committed at every store transaction (at least four filings since the last), so that the kill
        // comes after some commits.
        Process child = new ProcessBuilder(java, "-Dsixk.ingest.commitEvery=4", "-cp", System.getProperty("java.class.path"), "sixk.cli.Main", "ingest", inputs.toString(),
                "--data", data.toString(), "--threads", "1").redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        // Kill it while it writes: once the index has been committed with filings in it, once or twice (the first commit,
        // on opening, is empty; then one after each store transaction of some 16 to 32 filings, of 120).
        int killAt = 2 + new Random().nextInt(2);
        long deadline = System.currentTimeMillis() + 120_000;
        while (indexCommits(data) < killAt && System.currentTimeMillis() < deadline && child.isAlive()) Thread.sleep(5);
        child.destroyForcibly().waitFor();
        // What the killed run committed to the index is all in the store: the workers index filings before they are
        // stored, and the index must be committed only when none is in flight.
        try (FilingStore s = FilingStore.openReadOnly(data); SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            assertThat(s.ids()).as("killed before the end").hasSizeLessThan(files.size());
            assertThat(index.ids()).isSubsetOf(s.ids()).isNotEmpty();
        }

        CliRun again = CliRun.of("ingest", inputs.toString(), "--data", data.toString());
        assertThat(again.code()).as(again.out() + again.err()).isZero();
        try (FilingStore s = FilingStore.openReadOnly(data)) {
            assertThat(s.query("SELECT count(*) AS n FROM filings").get(0).get("n")).isEqualTo((long) files.size());
            assertThat(s.query("SELECT count(DISTINCT id) AS n FROM filings").get(0).get("n")).isEqualTo((long) files.size());
            assertThat(s.query("SELECT count(*) AS n FROM sources").get(0).get("n")).isEqualTo((long) files.size());
            assertThat(s.query("SELECT count(DISTINCT filing_id) AS n FROM originals WHERE filing_id IN (SELECT id FROM filings)").get(0).get("n"))
                    .isEqualTo((long) files.size());
            assertThat(s.query("SELECT count(*) AS n FROM originals").get(0).get("n")).isEqualTo((long) files.size());
            assertThat(s.query("SELECT count(*) AS n FROM filings f WHERE documents <> (SELECT count(*) FROM documents d WHERE d.filing_id = f.id)")
                    .get(0).get("n")).isEqualTo(0L);
            java.util.Set<String> ids = s.ids();
            try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
                assertThat(index.ids()).isSubsetOf(ids);
                long withText = (Long) s.query("SELECT count(DISTINCT filing_id) AS n FROM documents WHERE format IN ('html','text','pdf','image') AND length(trim(text)) > 0").get(0).get("n");
                assertThat(index.ids()).hasSize((int) withText);
            }
        }
    }

}
