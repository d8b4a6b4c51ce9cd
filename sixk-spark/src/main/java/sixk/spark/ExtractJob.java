package sixk.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import sixk.opensearch.BulkWriter;
import sixk.opensearch.ClusterException;
import sixk.opensearch.IndexBuild;
import sixk.opensearch.OpenSearchClient;
import sixk.pipeline.FilingReader;
import sixk.pipeline.InputNames;
import sixk.record.FilingRecord;
import sixk.submission.TarReader;
import sixk.table.Column;
import sixk.table.IndexedFiling;
import sixk.table.RecordTables;
import sixk.table.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The core extraction as a Spark job: every file under {@code --in} (any Hadoop file system: local,
 * HDFS, S3A) is read whole, .tar.gz archives (EDGAR Feed days) entry by entry, by the same
 * {@link FilingReader} as the command line; the records become the rows of {@link RecordTables},
 * written as Parquet one folder per table under {@code --out}, partitioned by form and filing year.
 * A file that cannot be read is a row of the warnings table, never a failed job.
 *
 * <pre>spark-submit --class sixk.spark.ExtractJob sixk-spark.jar --in s3a://bucket/6k/ --out s3a://bucket/records/</pre>
 */
public final class ExtractJob {
    /** One filing's rows, table by table, with the partition values; serializable between stages. */
    public record Extracted(Map<String, List<Object[]>> rows, String form, Integer year, long bytes) implements Serializable {}

    /** Where to index the documents: an OpenSearch cluster and the alias to build behind. */
    public record Target(String url, String alias) implements Serializable {}

    /** What was indexed: the alias, the new index it points at, and the documents it holds. */
    public record Indexed(String alias, String index, long documents) {}

    /** What a run did: filings read, input bytes, files that could not be read, wall time, and what was indexed (or null). */
    public record Summary(long filings, long bytes, long unreadable, long millis, Indexed indexed) {
        @Override public String toString() {
            double s = millis / 1000.0, mb = bytes / 1e6;
            return String.format(java.util.Locale.ROOT, "%d filings, %.1f MB in %.1f s (%.1f MB/s, %.0f filings/s)%s%s",
                    filings, mb, s, mb / s, filings / s, unreadable == 0 ? "" : "; " + unreadable + " not read: unreadable or not filings (see the warnings table)",
                    indexed == null ? "" : "; " + indexed.documents() + " documents indexed, alias " + indexed.alias() + " → " + indexed.index());
        }
    }

    private ExtractJob() {}

    public static void main(String[] args) {
        String in = null, out = null, master = null, url = null, alias = "sixk";
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) fail("option " + args[i] + " needs a value");
            switch (args[i]) {
                case "--in" -> in = value;
                case "--out" -> out = value;
                case "--master" -> master = value;
                case "--opensearch" -> url = value;
                case "--alias" -> alias = value;
                default -> fail("unknown option " + args[i]);
            }
        }
        if (in == null || out == null && url == null) {
            fail("usage: ExtractJob --in PATH (--out PATH | --opensearch URL [--alias sixk]) [--master local[*]]");
        }
        Target target = null;
        if (url != null) {
            if (OpenSearchClient.urlProblem(url) != null) fail("--opensearch " + OpenSearchClient.urlProblem(url));
            if (IndexBuild.aliasProblem(alias) != null) fail("--alias: " + IndexBuild.aliasProblem(alias));
            target = new Target(new OpenSearchClient(url).url(), alias);
        }
        SparkSession.Builder b = SparkSession.builder().appName("sixk-extract").config("spark.ui.enabled", "false");
        if (master != null) b.master(master);
        SparkSession spark = b.getOrCreate();
        String failure = null;
        try {
            Summary summary = run(spark, in, out, target);
            System.out.println("sixk spark: " + summary + (out == null ? "" : " → " + out));
        } catch (IOException e) {
            failure = e.getMessage();
        } finally {
            spark.stop();
        }
        // System.exit skips finally blocks: the session is stopped first.
        if (failure != null) fail(failure);
    }

    private static void fail(String message) {
        System.err.println("sixk spark: " + message);
        System.exit(2);
    }

    /**
     * Runs the job: reads {@code in}; writes the tables below {@code out} when it is given, and the
     * documents into a new OpenSearch index behind the alias of {@code target} when that is given.
     * The index is created first, so an unreachable cluster fails the job before any work; it is
     * published (the alias moved) only once every partition has been written.
     */
    public static Summary run(SparkSession spark, String in, String out, Target target) throws IOException {
        long start = System.nanoTime();
        IndexBuild build = target == null ? null : IndexBuild.start(new OpenSearchClient(target.url()), target.alias());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(2, jsc.defaultParallelism() * 4);
        JavaRDD<Extracted> records = (isLocal(in, jsc.master())
                ? jsc.parallelize(localFiles(in), slices).mapPartitions(ExtractJob::extractLocal)
                : jsc.binaryFiles(in, slices).mapPartitions(ExtractJob::extract)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // One pass for the summary (filings, unreadable files, bytes); it also fills the cache the writes read.
            long[] sums = records.map(e -> e.rows().get(RecordTables.FILINGS.name()).isEmpty() ? new long[]{0, 1, e.bytes()} : new long[]{1, 0, e.bytes()})
                    .fold(new long[3], (a, b) -> new long[]{a[0] + b[0], a[1] + b[1], a[2] + b[2]});
            if (out != null) {
                for (Table t : RecordTables.ALL) {
                    StructType schema = schema(t);
                    JavaRDD<Row> rows = records.flatMap(e -> rows(t, e).iterator());
                    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).partitionBy("form", "year").parquet(out + "/" + t.name());
                }
            }
            Indexed indexed = null;
            if (build != null) {
                String url = target.url(), index = build.index();
                records.foreachPartition(part -> index(url, index, part));
                build.publish();
                indexed = new Indexed(target.alias(), index, build.count());
            }
            return new Summary(sums[0], sums[2], sums[1], (System.nanoTime() - start) / 1_000_000, indexed);
        } catch (Exception e) { // Spark's own SparkException is checked but undeclared: it is caught here too
            if (build != null) build.abandon();
            ClusterException cluster = clusterFailure(e);
            if (cluster != null) throw cluster;
            if (e instanceof IOException io) throw io;
            if (e instanceof RuntimeException r) throw r;
            // Any other failure of a job (a task that died) is one line for the user, its cause kept.
            throw new IOException(firstLine(e.getMessage()), e);
        } finally {
            records.unpersist();
        }
    }

    private static final String CLUSTER_EXCEPTION = ClusterException.class.getName() + ": ";

    /**
     * The cluster's one-line failure inside a job's failure, or null. A task's exception reaches the
     * driver wrapped by Spark, as a cause or (a task that failed on an executor) only as the text of
     * the job's message.
     */
    private static ClusterException clusterFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) if (c instanceof ClusterException ce) return ce;
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = c.getMessage();
            int at = m == null ? -1 : m.indexOf(CLUSTER_EXCEPTION);
            if (at >= 0) return new ClusterException(firstLine(m.substring(at + CLUSTER_EXCEPTION.length())), e);
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "failed";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** One partition's filings into the new index, in bulk requests of its own. */
    private static void index(String url, String index, Iterator<Extracted> part) {
        try (BulkWriter writer = new BulkWriter(new OpenSearchClient(url), index)) {
            while (part.hasNext()) {
                Extracted e = part.next();
                List<Object[]> filing = e.rows().get(RecordTables.FILINGS.name());
                if (!filing.isEmpty()) writer.add(IndexedFiling.of(filing.get(0), e.rows().get(RecordTables.DOCUMENTS.name())));
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /**
     * Local paths are listed and read with java.nio rather than Hadoop's local file system, which
     * forks {@code ls -ld} per file to learn permissions when Hadoop's native library is absent
     * (a fork per filing: removing it took a 170 MB local run from 70 s to 49 s).
     */
    static boolean isLocal(String in, String master) {
        // A path without a scheme is on the cluster's default file system (HDFS on YARN), local only in local mode.
        return in.startsWith("file:") || !in.contains(":/") && master.startsWith("local");
    }

    static List<String> localFiles(String in) {
        Path root = in.startsWith("file:") ? Path.of(URI.create(in)) : Path.of(in);
        // A file named on the command line is read whatever its name; a directory's files are filtered.
        if (Files.isRegularFile(root)) return List.of(root.toString());
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p) && InputNames.isFiling(p.getFileName().toString())).map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + in, e);
        }
    }

    private static Iterator<Extracted> extractLocal(Iterator<String> paths) {
        FilingReader reader = FilingReader.standard();
        List<Extracted> out = new ArrayList<>();
        while (paths.hasNext()) {
            String path = paths.next();
            extractOne(reader, path, () -> {
                String tooLarge = InputNames.tooLarge(Files.size(Path.of(path)));
                if (tooLarge != null) throw new IOException(tooLarge);
                return Files.readAllBytes(Path.of(path));
            }, out);
        }
        return out.iterator();
    }

    private static Iterator<Extracted> extract(Iterator<scala.Tuple2<String, PortableDataStream>> files) {
        FilingReader reader = FilingReader.standard();
        List<Extracted> out = new ArrayList<>();
        while (files.hasNext()) {
            scala.Tuple2<String, PortableDataStream> f = files.next();
            // Hadoop's listing already leaves out hidden and underscore files; Markdown is left out here.
            if (InputNames.isFiling(f._1().substring(f._1().lastIndexOf('/') + 1))) extractOne(reader, f._1(), () -> bounded(f._2()), out);
        }
        return out.iterator();
    }

    private interface Bytes { byte[] read() throws IOException; }

    /** A file's bytes, read no further than {@link InputNames#MAX_BYTES}: a larger one is a warnings row, not a failed task. */
    private static byte[] bounded(PortableDataStream file) throws IOException {
        try (java.io.DataInputStream in = file.open()) {
            return bounded(in);
        }
    }

    static byte[] bounded(java.io.InputStream in) throws IOException {
        byte[] b = in.readNBytes((int) InputNames.MAX_BYTES + 1);
        String tooLarge = InputNames.tooLarge(b.length);
        if (tooLarge != null) throw new IOException(tooLarge);
        return b;
    }

    /** One input file: a submission, or a .tar.gz of them (an EDGAR Feed day); a failure is a warnings row. */
    private static void extractOne(FilingReader reader, String path, Bytes source, List<Extracted> out) {
        try {
            byte[] bytes = source.read();
            String lower = path.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
                TarReader tar = new TarReader(new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16));
                for (TarReader.Entry e = tar.next(); e != null; e = tar.next()) {
                    if (!e.isFile()) continue;
                    String tooLarge = InputNames.tooLarge(e.size());
                    if (tooLarge != null) { out.add(unreadable(path + "!" + e.name(), new IOException(tooLarge))); continue; }
                    out.add(extracted(reader.read(tar.readBody((int) e.size()), path + "!" + e.name()), e.size()));
                }
            } else {
                out.add(extracted(reader.read(bytes, path), bytes.length));
            }
        } catch (IOException | RuntimeException e) {
            out.add(unreadable(path, e));
        }
    }

    /** Where the filings table keeps the year (the partition column). */
    private static final int YEAR = RecordTables.FILINGS.columns().indexOf(Column.integer("year"));

    static Extracted extracted(FilingRecord r, long bytes) {
        // Data that is not a filing (an index, JSON, a table) is no filings row, as ingest stores none: a warnings row says what it was.
        String notAFiling = FilingReader.notAFiling(r);
        if (notAFiling != null) return warningOnly(r.source().path(), FilingReader.NOT_A_FILING, r.source().path() + ": " + notAFiling);
        Map<String, List<Object[]>> rows = new HashMap<>();
        for (Map.Entry<Table, List<Object[]>> e : RecordTables.rows(r).entrySet()) rows.put(e.getKey().name(), e.getValue());
        Object[] filing = rows.get(RecordTables.FILINGS.name()).get(0);
        return new Extracted(rows, r.form(), (Integer) filing[YEAR], bytes);
    }

    /** A file the reader could not take: one warnings row, keyed by the hash of its path. */
    static Extracted unreadable(String path, Exception e) { return warningOnly(path, "unreadable", path + ": " + e); }

    /** An input that gives no filing: one warnings row, keyed by the hash of its path. */
    private static Extracted warningOnly(String path, String code, String message) {
        Map<String, List<Object[]>> rows = new HashMap<>();
        for (Table t : RecordTables.ALL) rows.put(t.name(), new ArrayList<>());
        String id = FilingReader.sha256(java.nio.ByteBuffer.wrap(path.getBytes(StandardCharsets.UTF_8)));
        rows.get(RecordTables.WARNINGS.name()).add(new Object[]{id, 0, code, message, null});
        return new Extracted(rows, null, null, 0);
    }

    /** The Spark schema of a table: its columns, then the partition columns form and year when it lacks them. */
    static StructType schema(Table t) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : t.columns()) fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        if (!hasColumn(t, "form")) fields.add(DataTypes.createStructField("form", DataTypes.StringType, true));
        if (!hasColumn(t, "year")) fields.add(DataTypes.createStructField("year", DataTypes.IntegerType, true));
        return DataTypes.createStructType(fields);
    }

    private static boolean hasColumn(Table t, String name) {
        for (Column c : t.columns()) if (c.name().equals(name)) return true;
        return false;
    }

    private static DataType type(String sql) {
        return switch (sql) {
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "DATE" -> DataTypes.DateType;
            default -> DataTypes.StringType;
        };
    }

    static List<Row> rows(Table t, Extracted e) {
        List<Row> out = new ArrayList<>();
        boolean addForm = !hasColumn(t, "form"), addYear = !hasColumn(t, "year");
        for (Object[] row : e.rows().getOrDefault(t.name(), List.of())) {
            int n = row.length + (addForm ? 1 : 0) + (addYear ? 1 : 0);
            Object[] v = new Object[n];
            for (int i = 0; i < row.length; i++) {
                Object x = row[i];
                v[i] = x != null && t.columns().get(i).type().equals("DATE") ? java.sql.Date.valueOf((String) x) : x;
            }
            int k = row.length;
            if (addForm) v[k++] = e.form();
            if (addYear) v[k] = e.year();
            out.add(RowFactory.create(v));
        }
        return out;
    }
}
