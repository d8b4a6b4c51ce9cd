package sixk.bench;

import sixk.search.SearchIndex;
import sixk.store.FilingStore;
import sixk.store.Ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ingest throughput, end to end: reading, extraction on all cores, DuckDB and Lucene writes, from
 * opening a fresh data directory to closing it, after warm-up runs into throw-away directories.
 */
public final class IngestBenchmark {
    private IngestBenchmark() {}

    /** A run: what the ingest did, and the process's CPU time during it (all threads, DuckDB's own too); warm-up runs are timed too. */
    public record Result(Ingester.Summary summary, double cpuSeconds, boolean warmup) {
        /** CPU time over wall time: 2.0 is two cores busy throughout. */
        public double cores() { return cpuSeconds / summary.seconds(); }
    }

    /**
     * {@code warmup} runs (the JIT compiles the hot paths: over a corpus of every kind of filing it
     * is still compiling after several thousand), then {@code rounds} measured runs, each into a
     * fresh directory. All runs are returned, the first being a cold JVM's.
     */
    public static List<Result> run(List<Path> inputs, int threads, int warmup, int rounds) throws IOException {
        // Every run's directory is deleted at the end: the file system slows the creation of files
        // right after thousands were deleted (ext4 skips recently freed inodes), which no real ingest meets.
        List<Path> used = new java.util.ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try {
            List<Result> out = new java.util.ArrayList<>();
            for (int i = 0; i < warmup + rounds; i++) {
                Path data = Files.createTempDirectory(i < warmup ? "sixk-bench-warm" : "sixk-bench-ingest");
                used.add(data);
                long cpu0 = os.getProcessCpuTime();
                Ingester.Summary s = once(inputs, threads, data);
                out.add(new Result(s, (os.getProcessCpuTime() - cpu0) / 1e9, i < warmup));
            }
            return out;
        } finally {
            for (Path p : used) delete(p);
        }
    }

    /** One run, timed from opening the store to closing it: what DuckDB and Lucene do on close is part of ingest. */
    private static Ingester.Summary once(List<Path> inputs, int threads, Path data) throws IOException {
        long t0 = System.nanoTime();
        Ingester.Summary s;
        try (FilingStore store = FilingStore.open(data); SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            s = new Ingester(store, List.of(index)).ingest(inputs, threads, null);
        }
        return new Ingester.Summary(s.filings(), s.skipped(), s.bytes(), (System.nanoTime() - t0) / 1e9, s.failures(), s.notFilings());
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
