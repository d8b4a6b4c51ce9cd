package sixk.bench;

import sixk.pipeline.FilingReader;
import sixk.pipeline.Stage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whole-corpus throughput: files are loaded into memory first (so the disk is not measured),
 * then read by the pipeline in warm-up rounds and measured rounds, on one or more threads.
 */
public final class CorpusBenchmark {
    public record Result(String stages, int threads, int files, long bytes, double seconds, int rounds) {
        public double mbPerSecond() { return bytes * (double) rounds / 1e6 / seconds; }

        public double filingsPerSecond() { return files * (double) rounds / seconds; }

        public double mbPerSecondPerCore() { return mbPerSecond() / threads; }
    }

    private final List<byte[]> inputs = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private long bytes;

    public CorpusBenchmark(List<Path> files) throws IOException {
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            inputs.add(b);
            names.add(f.toString());
            bytes += b.length;
        }
    }

    public Result run(String label, List<Stage> stages, int threads, int warmup, int rounds, PrintStream log) throws Exception {
        FilingReader reader = new FilingReader(stages, false);
        for (int i = 0; i < warmup; i++) pass(reader, threads);
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            pass(reader, threads);
            if (log != null) log.printf("  round %d/%d done%n", i + 1, rounds);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(label, threads, inputs.size(), bytes, seconds, rounds);
    }

    private void pass(FilingReader reader, int threads) throws Exception {
        if (threads == 1) {
            for (int i = 0; i < inputs.size(); i++) reader.read(inputs.get(i), names.get(i));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) reader.read(inputs.get(i), names.get(i));
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
    }
}
