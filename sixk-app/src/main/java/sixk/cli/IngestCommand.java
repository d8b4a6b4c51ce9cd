package sixk.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sixk.search.SearchIndex;
import sixk.store.FilingStore;
import sixk.store.Ingester;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read filings into the store (DuckDB) and the search index (Lucene) below --data.",
                "Takes files, directories, .zip and .tar.gz archives (EDGAR daily Feed archives too), on all cores.",
                "A filing read before is skipped; a run cut short is finished by the next one."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, .zip or .tar.gz archives.")
    List<Path> paths = new ArrayList<>();

    @Mixin DataDir dir = new DataDir();

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override public Integer call() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new UserException("no such file or directory: " + p);
            inputs.add(p);
        }
        PrintStream out = System.out, err = System.err;
        long total = totalBytes(inputs);
        try (FilingStore store = FilingStore.open(dir.data); SearchIndex index = SearchIndex.open(dir.index());
             Reporter progress = Reporter.of(total, err)) {
            Ingester.Summary s = new Ingester(store, List.of(index)).ingest(inputs, threads, progress);
            progress.close();
            double rate = s.filings() / Math.max(1e-9, s.seconds());
            // A few large filings go at under one a second: "0 filings/s" would say none went.
            out.printf("sixk ingest: %d filings stored, %d already there, %.1f MB in %.1f s (%.1f MB/s, " + (rate < 10 ? "%.1f" : "%.0f")
                            + " filings/s), %d failures%s → %s%n",
                    s.filings(), s.skipped(), s.bytes() / 1e6, s.seconds(), s.bytes() / 1e6 / Math.max(1e-9, s.seconds()),
                    rate, s.failures().size(),
                    s.notFilings().isEmpty() ? "" : ", " + s.notFilings().size() + " not filings (skipped)", dir.data);
            for (String f : s.failures()) err.println("  failed: " + f);
            // Data beside the filings (indexes, JSON, tables) can be many files: the first few tell what was passed over.
            for (int i = 0; i < Math.min(NOT_FILINGS_LISTED, s.notFilings().size()); i++) err.println("  skipped " + s.notFilings().get(i));
            if (s.notFilings().size() > NOT_FILINGS_LISTED) err.println("  … and " + (s.notFilings().size() - NOT_FILINGS_LISTED) + " more not filings");
            return s.failures().isEmpty() ? 0 : 1;
        }
    }

    private static final int NOT_FILINGS_LISTED = 10;

    private static long totalBytes(List<Path> inputs) throws IOException {
        long total = 0;
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    total += s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                }
            } else total += Files.size(p);
        }
        return total;
    }

    /** A progress bar on a terminal; plain lines every few seconds otherwise (logs, CI). */
    abstract static class Reporter implements Ingester.Progress, AutoCloseable {
        static Reporter of(long total, PrintStream err) {
            return System.console() != null ? new Bar(total) : new Lines(err);
        }

        @Override public abstract void close();
    }

    private static final class Bar extends Reporter {
        private final ProgressBar bar;

        Bar(long total) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(Math.max(1, total)).setUnit(" MB", 1 << 20)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().build();
        }

        @Override public synchronized void done(String name, long bytes) { bar.stepBy(bytes); }

        @Override public synchronized void close() { bar.close(); }
    }

    private static final class Lines extends Reporter {
        private final PrintStream err;
        private final long t0 = System.nanoTime();
        private long last = t0, bytes;
        private int files;

        Lines(PrintStream err) { this.err = err; }

        @Override public synchronized void done(String name, long n) {
            files++;
            bytes += n;
            long now = System.nanoTime();
            if (now - last > 5_000_000_000L) {
                last = now;
                double s = (now - t0) / 1e9;
                err.printf("ingest: %d files, %.1f MB, %.1f MB/s%n", files, bytes / 1e6, bytes / 1e6 / s);
            }
        }

        @Override public void close() {}
    }
}
