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

    /** A measured run: what the ingest did, and the process's CPU time during it (all threads, DuckDB's own too). */
    public record Result(Ingester.Summary summary, double cpuSeconds) {
        /** CPU time over wall time: 2.0 is two cores busy throughout. */
        public double cores() { return cpuSeconds / summary.seconds(); }
    }

    /**
     * {@code warmup} runs into throw-away directories (the JIT compiles the hot paths, as in the
     * extraction benchmark), then {@code rounds} measured runs, each into a fresh directory.
     */
    public static List<Result> run(List<Path> inputs, int threads, int warmup, int rounds) throws IOException {
        for (int i = 0; i < warmup; i++) {
            Path warm = Files.createTempDirectory("sixk-bench-warm");
            try {
                once(inputs, threads, warm);
            } finally {
                delete(warm);
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<Result> out = new java.util.ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Path measured = Files.createTempDirectory("sixk-bench-ingest");
            try {
                long cpu0 = os.getProcessCpuTime();
                Ingester.Summary s = once(inputs, threads, measured);
                out.add(new Result(s, (os.getProcessCpuTime() - cpu0) / 1e9));
            } finally {
                delete(measured);
            }
        }
        return out;
    }

    /** One run, timed from opening the store to closing it: what DuckDB and Lucene do on close is part of ingest. */
    private static Ingester.Summary once(List<Path> inputs, int threads, Path data) throws IOException {
        long t0 = System.nanoTime();
        Ingester.Summary s;
        try (FilingStore store = FilingStore.open(data); SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            s = new Ingester(store, List.of(index)).ingest(inputs, threads, null);
        }
        return new Ingester.Summary(s.filings(), s.skipped(), s.bytes(), (System.nanoTime() - t0) / 1e9, s.failures());
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
