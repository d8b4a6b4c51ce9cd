package sixk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.cli.CliRun;
import sixk.pipeline.FilingReader;
import sixk.pipeline.InputNames;
import sixk.search.SearchIndex;
import sixk.table.IndexedFiling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ingest into a real DuckDB and Lucene index: idempotent, readable with SQL, exportable, one-line errors. */
class StoreTest {
    static final Path SAMPLES = Path.of("..", "samples");

    static long count(Path data, String sql) throws IOException {
        try (FilingStore s = FilingStore.openReadOnly(data)) {
            return ((Number) s.query(sql).get(0).values().iterator().next()).longValue();
        }
    }

    @Test
    void ingestingTwiceChangesNothing(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        CliRun first = CliRun.of("ingest", SAMPLES.toString(), "--data", data.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("8 filings stored, 0 already there").contains("0 failures");
        long filings = count(data, "SELECT count(*) FROM filings"), entities = count(data, "SELECT count(*) FROM entities");
        CliRun second = CliRun.of("ingest", SAMPLES.toString(), "--data", data.toString());
        assertThat(second.out()).contains("0 filings stored, 8 already there");
        assertThat(count(data, "SELECT count(*) FROM filings")).isEqualTo(filings).isEqualTo(8);
        assertThat(count(data, "SELECT count(*) FROM entities")).isEqualTo(entities);
        // Every filing's documents are all there, and the original bytes are kept.
        assertThat(count(data, "SELECT count(*) FROM filings f WHERE documents <> (SELECT count(*) FROM documents d WHERE d.filing_id = f.id)")).isZero();
        try (FilingStore s = FilingStore.openReadOnly(data)) {
            for (String id : s.ids()) assertThat(s.original(id)).isPresent();
            FilingStore.Stored seed = s.record("51d3edd70c3764b18794f36aa6a8f67c115e7afb18e483e7d2994c153eb09adc").orElseThrow();
            assertThat(seed.record().path("cover").path("registrant_name").asText()).isEqualTo("Flamel Technologies");
            assertThat(seed.texts()).hasSize(seed.record().path("documents").size());
            // What the search engines index of a stored filing is what they index of the record read afresh.
            FilingReader reader = FilingReader.standard();
            try (var files = Files.list(SAMPLES)) {
                for (Path f : files.filter(p -> InputNames.isFiling(p.getFileName().toString())).toList()) {
                    IndexedFiling fresh = IndexedFiling.of(reader.read(f));
                    assertThat(s.indexedFiling(fresh.id())).as(f.toString()).isEqualTo(fresh);
                }
            }
            assertThat(s.indexedFiling("no-such-filing")).isNull();
            // Read page by page (three filings a page here), every filing comes once, in id order, as read alone.
            List<IndexedFiling> paged = new java.util.ArrayList<>();
            s.forEachIndexedFiling(3, paged::add);
            assertThat(paged).extracting(IndexedFiling::id).containsExactlyElementsOf(new java.util.TreeSet<>(s.ids()));
            for (IndexedFiling f : paged) assertThat(f).isEqualTo(s.indexedFiling(f.id()));
        }
    }

    @Test
    void originalsAreKeptByteForByteWithTheirFilingAndAnOlderStoresFilesStillRead(@TempDir Path tmp) throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("filings__2009__000090342309000527.txt"));
        String id = "0000903423-09-000527";
        try (FilingStore s = FilingStore.open(tmp); SearchIndex index = SearchIndex.open(tmp.resolve("index"))) {
            Ingester ingester = new Ingester(s, List.of(index));
            ingester.ingestOne(bytes, "a.txt");
            assertThat(s.original(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
            assertThat(((Number) s.query("SELECT octet_length(zstd) AS n FROM originals").get(0).get("n")).intValue()).isLessThan(bytes.length / 3);
            // Compressed once, by the writer: the database stores the frames as they are.
            s.checkpoint();
            assertThat(s.query("SELECT DISTINCT compression FROM pragma_storage_info('originals') WHERE column_name = 'zstd' AND segment_type = 'BLOB'"))
                    .extracting(row -> row.get("compression")).containsExactly("Uncompressed");
            // The filing read again from other bytes (a download after a feed's copy): its original is replaced with it.
            byte[] other = java.util.Arrays.copyOf(bytes, bytes.length + 1);
            ingester.ingestOne(other, "b.txt");
            assertThat(s.query("SELECT count(*) AS n FROM originals").get(0).get("n")).isEqualTo(1L);
            assertThat(s.original(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(other));
            assertThat(s.original("0000903423-09-000002")).isEmpty();
            assertThat(s.original("../../etc/passwd")).isEmpty();
            // An empty filing is kept as a frame; a damaged original, cut short or empty, says so rather than reading as nothing.
            s.putAll(List.of(new FilingStore.Entry("0000903423-09-000003", Map.of(), FilingStore.compress(new byte[0]), null, null)));
            assertThat(s.original("0000903423-09-000003")).hasValueSatisfying(b -> assertThat(b).isEmpty());
            s.putAll(List.of(new FilingStore.Entry("0000903423-09-000004", Map.of(), java.util.Arrays.copyOf(FilingStore.compress(bytes), 100), null, null)));
            assertThatThrownBy(() -> s.original("0000903423-09-000004")).hasMessageStartingWith("the original of 0000903423-09-000004 is damaged");
            s.putAll(List.of(new FilingStore.Entry("0000903423-09-000005", Map.of(), new byte[0], null, null)));
            assertThatThrownBy(() -> s.original("0000903423-09-000005")).hasMessage("the original of 0000903423-09-000005 is damaged: it is empty");
        }
        // Stores written before the originals moved into the database keep them as files: zstd, and gzip before that.
        Path old = Files.createDirectories(tmp.resolve("old/originals"));
        Files.write(old.resolve("0000903423-09-000006.txt.zst"), FilingStore.compress(bytes));
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(old.resolve("0000903423-09-000001.txt.gz")))) {
            out.write(bytes);
        }
        Files.write(old.resolve("0000903423-09-000007.txt.zst"), new byte[0]);
        try (FilingStore s = FilingStore.open(tmp.resolve("old"))) {
            assertThat(s.original("0000903423-09-000006")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
            assertThat(s.original("0000903423-09-000001")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
            assertThatThrownBy(() -> s.original("0000903423-09-000007")).hasMessage("the original of 0000903423-09-000007 is damaged: it is empty");
        }
    }

    @Test
    void oneFilingReadFromTwoDifferentInputsIsStoredOnceWithBothSources(@TempDir Path tmp) throws IOException {
        // The same accession twice, its bytes differing by a trailing line (a feed's copy and a download): one batch holds both.
        Path in = Files.createDirectories(tmp.resolve("in"));
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("filings__2009__000090342309000527.txt"));
        Files.write(in.resolve("a.txt"), bytes);
        Files.write(in.resolve("b.txt"), java.util.Arrays.copyOf(bytes, bytes.length + 1));
        Path data = tmp.resolve("data");
        CliRun run = CliRun.of("ingest", in.toString(), "--data", data.toString());
        assertThat(run.code()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("0 failures");
        assertThat(count(data, "SELECT count(*) FROM filings")).isEqualTo(1);
        assertThat(count(data, "SELECT count(DISTINCT sha256) FROM sources WHERE filing_id = '0000903423-09-000527'")).isEqualTo(2);
        assertThat(count(data, "SELECT count(*) FROM documents")).isEqualTo(count(data, "SELECT documents FROM filings"));
        // The index holds the filing's documents once.
        int documents;
        try (FilingStore s = FilingStore.openReadOnly(data)) {
            documents = s.indexedFiling("0000903423-09-000527").documents().size();
        }
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(data.resolve("index")))) {
            assertThat(reader.numDocs()).isEqualTo(documents).isPositive();
        }
    }

    @Test
    void anInputPutAgainIsNotedOnceAndItsFilingReplaced(@TempDir Path tmp) throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("filings__2009__000090342309000527.txt"));
        try (FilingStore s = FilingStore.open(tmp); SearchIndex index = SearchIndex.open(tmp.resolve("index"))) {
            Ingester ingester = new Ingester(s, List.of(index));
            ingester.ingestOne(bytes, "upload.txt");
            // The same bytes again (an upload repeated): the note is replaced, not added.
            ingester.ingestOne(bytes, "upload-again.txt");
            assertThat(s.query("SELECT count(*) AS n FROM sources").get(0).get("n")).isEqualTo(1L);
            assertThat(s.query("SELECT path FROM sources").get(0).get("path")).isEqualTo("upload-again.txt");
            assertThat(s.query("SELECT count(*) AS n FROM filings").get(0).get("n")).isEqualTo(1L);
        }
        try (FilingStore s = FilingStore.open(tmp); SearchIndex index = SearchIndex.open(tmp.resolve("index"))) {
            // A store opened again knows the inputs it noted before.
            new Ingester(s, List.of(index)).ingestOne(bytes, "third.txt");
            assertThat(s.query("SELECT count(*) AS n FROM sources").get(0).get("n")).isEqualTo(1L);
        }
    }

    @Test
    void sqlShowAndExport(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        assertThat(CliRun.of("ingest", SAMPLES.resolve("flamel-6k-2002-09-seed.txt").toString(), "--data", data.toString()).code()).isZero();
        CliRun sql = CliRun.of("sql", "SELECT type, amount_value FROM events ORDER BY n", "--data", data.toString(), "--csv");
        assertThat(sql.out()).contains("milestone_payment,4000000.0").contains("cash_position,1.4E7");
        CliRun write = CliRun.of("sql", "DELETE FROM filings", "--data", data.toString());
        assertThat(write.code()).isEqualTo(2);
        assertThat(write.err().strip()).startsWith("sixk: ").doesNotContain("\n");
        assertThat(count(data, "SELECT count(*) FROM filings")).isEqualTo(1);
        CliRun bad = CliRun.of("sql", "SELEC nothing", "--data", data.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).doesNotContain("\n");
        CliRun show = CliRun.of("show", "51d3edd70c3764b18794f36aa6a8f67c115e7afb18e483e7d2994c153eb09adc", "--data", data.toString());
        assertThat(show.out()).contains("Flamel Technologies").contains("event: milestone_payment").contains("Servier Monde");
        assertThat(CliRun.of("show", "nope", "--data", data.toString()).err()).contains("no filing nope");
        CliRun original = CliRun.of("show", "51d3edd70c3764b18794f36aa6a8f67c115e7afb18e483e7d2994c153eb09adc", "--original", "--data", data.toString());
        assertThat(original.out()).isEqualTo(Files.readString(SAMPLES.resolve("flamel-6k-2002-09-seed.txt"), java.nio.charset.StandardCharsets.UTF_8));
        Path out = tmp.resolve("out");
        CliRun export = CliRun.of("export", "--format", "parquet", "--out", out.toString(), "--data", data.toString());
        assertThat(export.code()).as(export.err()).isZero();
        try (FilingStore s = FilingStore.open(tmp.resolve("other"))) {
            List<Map<String, Object>> rows = s.query("SELECT type FROM read_parquet('" + out.resolve("events.parquet").toAbsolutePath() + "') ORDER BY n");
            assertThat(rows).extracting(r -> r.get("type")).contains("milestone_payment");
        }
        assertThat(CliRun.of("export", "--format", "csv", "--out", out.toString(), "--data", data.toString()).code()).isZero();
        assertThat(Files.readString(out.resolve("filings.csv"))).contains("Flamel Technologies");
    }

    @Test
    void aFileTooLargeIsAFailureLineAndTheRestIsStored(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SAMPLES.resolve("flamel-6k-2002-09-seed.txt"), in.resolve("seed.txt"));
        // Sparse: no disk and no memory, only a length past the limit (a 2.5 GB file once ended ingest with a stack trace).
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(InputNames.MAX_BYTES + 1);
        }
        CliRun r = CliRun.of("ingest", in.toString(), "--data", tmp.resolve("data").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("1 filings stored").contains("1 failures");
        assertThat(r.err()).contains("huge.txt: larger than 256 MB, not read").doesNotContain("Exception");
    }

    @Test
    void dataBesideTheFilingsIsSkippedNotStored(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path data = Path.of("..", "sixk-core", "src", "test", "resources", "data");
        Files.copy(SAMPLES.resolve("flamel-6k-2002-09-seed.txt"), in.resolve("seed.txt"));
        Files.copy(data.resolve("edgar-submissions-CIK0001800903.json"), in.resolve("CIK0001800903.json"));
        Files.copy(data.resolve("form-index-2021-03-31.idx.txt"), in.resolve("form.idx"));
        CliRun r = CliRun.of("ingest", in.toString(), "--data", tmp.resolve("data").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 filings stored").contains("0 failures, 2 not filings (skipped)");
        assertThat(r.err()).contains("skipped " + in.resolve("CIK0001800903.json") + ": JSON data, not a filing")
                .contains("form.idx: an EDGAR index file, not a filing");
        assertThat(count(tmp.resolve("data"), "SELECT count(*) FROM filings")).isEqualTo(1);
    }

    @Test
    void aMissingStoreIsOneLine(@TempDir Path tmp) {
        CliRun r = CliRun.of("sql", "SELECT 1", "--data", tmp.resolve("none").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("no sixk store").doesNotContain("\n");
    }
}
