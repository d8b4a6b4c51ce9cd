package sixk.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.TestFiles;
import sixk.pipeline.FilingReader;
import sixk.pipeline.InputNames;
import sixk.record.FilingRecord;
import sixk.table.RecordTables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Spark job in local[2] against the single-process reader on the same files: the same filings,
 * events (type, amount) and entities (kind, text, span), and a bad file as a warnings row.
 */
class ExtractJobTest {
    @Test
    void sameRecordsAsTheSingleProcessReader(@TempDir Path tmp) throws IOException, InterruptedException {
        Path corpus = TestFiles.sixkCorpus().orElse(null);
        assumeTrue(corpus != null, "../shared/corpus/sixk is absent: Spark comparison skipped");
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) Files.copy(f, in.resolve(f.getFileName()));
        Files.write(in.resolve("broken.txt"), new byte[0]);
        // EDGAR data beside the filings: no filings row, as ingest stores none; a warnings row says what it is.
        Files.copy(Path.of("..", "sixk-core", "src", "test", "resources", "data", "edgar-submissions-CIK0001800903.json"), in.resolve("CIK0001800903.json"));
        // Past the size limit (sparse: it takes neither disk nor memory): a warnings row, not a failed task.
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(sixk.pipeline.InputNames.MAX_BYTES + 1);
        }
        // A Feed day: two of the same submissions again, inside a .tar.gz read entry by entry.
        Path feed = Files.createDirectories(tmp.resolve("feed"));
        for (Path f : files.subList(0, 2)) Files.copy(f, feed.resolve(f.getFileName()));
        Process tar = new ProcessBuilder("tar", "czf", in.resolve("20090105.nc.tar.gz").toString(), "-C", feed.toString(), ".")
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor()).isZero();

        Set<String> ids = new HashSet<>(), events = new HashSet<>(), entities = new HashSet<>();
        FilingReader reader = FilingReader.standard();
        for (Path f : files) {
            FilingRecord r = reader.read(f);
            ids.add(r.id());
            for (Object[] e : RecordTables.rows(r).get(RecordTables.EVENTS)) events.add(e[0] + "|" + e[2] + "|" + e[8]);
            for (Object[] e : RecordTables.rows(r).get(RecordTables.ENTITIES)) entities.add(e[0] + "|" + e[2] + "|" + e[3] + "|" + e[6] + "|" + e[7]);
        }

        SparkSession spark = SparkSession.builder().master("local[2]").appName("sixk-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        try {
            Path out = tmp.resolve("out");
            ExtractJob.Summary summary = ExtractJob.run(spark, in.toUri().toString(), out.toUri().toString(), null);
            assertThat(summary.filings()).isEqualTo(files.size() + 1 + 2);
            assertThat(summary.unreadable()).isEqualTo(2);
            assertThat(spark.read().parquet(out.resolve("warnings").toString()).select("message").collectAsList())
                    .anySatisfy(r -> assertThat(r.getString(0)).contains("huge.txt").contains("larger than 256 MB, not read"));
            assertThat(spark.read().parquet(out.resolve("warnings").toString()).select("code", "message").collectAsList())
                    .anySatisfy(r -> assertThat(r.getString(0) + " " + r.getString(1)).contains("not_a_filing").contains("CIK0001800903.json: JSON data"));
            Set<String> sparkIds = new HashSet<>(), sparkEvents = new HashSet<>(), sparkEntities = new HashSet<>();
            for (Row r : spark.read().parquet(out.resolve("filings").toString()).select("id").collectAsList()) sparkIds.add(r.getString(0));
            for (Row r : spark.read().parquet(out.resolve("events").toString()).select("filing_id", "type", "amount_value").collectAsList()) {
                sparkEvents.add(r.get(0) + "|" + r.get(1) + "|" + r.get(2));
            }
            for (Row r : spark.read().parquet(out.resolve("entities").toString()).select("filing_id", "kind", "text", "span_start", "span_end").collectAsList()) {
                sparkEntities.add(r.get(0) + "|" + r.get(1) + "|" + r.get(2) + "|" + r.get(3) + "|" + r.get(4));
            }
            // The empty file is a filing too (its record says it is empty); the job keeps every input.
            assertThat(sparkIds).containsAll(ids);
            assertThat(sparkEvents).isEqualTo(events);
            assertThat(sparkEntities).isEqualTo(entities);
            assertThat(Files.list(out.resolve("filings")).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("form="));
        } finally {
            spark.stop();
        }
    }

    @Test
    void pathsWithoutSchemeAreLocalOnlyInLocalMode() {
        assertThat(ExtractJob.isLocal("file:///data/6k", "yarn")).isTrue();
        assertThat(ExtractJob.isLocal("/data/6k", "local[2]")).isTrue();
        assertThat(ExtractJob.isLocal("/data/6k", "yarn")).isFalse();
        assertThat(ExtractJob.isLocal("hdfs://nn/data/6k", "local[*]")).isFalse();
        assertThat(ExtractJob.isLocal("s3a://bucket/6k/", "k8s://https://api:443")).isFalse();
    }

    @Test
    void aFileOnTheClusterFileSystemIsReadNoFurtherThanTheSizeLimit() throws IOException {
        assertThat(ExtractJob.bounded(new java.io.ByteArrayInputStream("a filing".getBytes()))).asString().isEqualTo("a filing");
        // One byte over the limit, made up as it is read (no such file is kept on disk or in memory twice).
        long[] left = {InputNames.MAX_BYTES + 1};
        java.io.InputStream huge = new java.io.InputStream() {
            @Override public int read() { return left[0]-- > 0 ? 'x' : -1; }
            @Override public int read(byte[] b, int off, int len) {
                if (left[0] <= 0) return -1;
                int n = (int) Math.min(len, left[0]);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left[0] -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> ExtractJob.bounded(huge)).isInstanceOf(IOException.class).hasMessage(InputNames.tooLarge(InputNames.MAX_BYTES + 1));
    }

    @Test
    void aDirectoryIsFilteredButAFileNamedOnTheCommandLineIsRead(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "x");
        Files.writeString(tmp.resolve("README.md"), "x");
        Files.writeString(tmp.resolve(".hidden.txt"), "x");
        assertThat(ExtractJob.localFiles(tmp.toString())).containsExactly(tmp.resolve("a.txt").toString());
        assertThat(ExtractJob.localFiles(tmp.resolve("README.md").toString())).containsExactly(tmp.resolve("README.md").toString());
    }
}
