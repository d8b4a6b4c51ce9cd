package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sixk.bench.CorpusBenchmark;
import sixk.pipeline.Stage;
import sixk.pipeline.Stages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction throughput on a directory of filings (MB/s and filings/s), after a warm-up.",
                "Files are loaded into memory first, so the disk is not measured. --jmh runs the JMH micro-benchmarks instead."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Files or directories (default: samples).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--stages", defaultValue = "both", description = "structure (read + structure), all (full extraction) or both. Default: ${DEFAULT-VALUE}.")
    String stages;

    @Option(names = "--threads", description = "Worker threads; default: 1, then all cores.")
    Integer threads;

    @Option(names = "--warmup", description = "Warm-up rounds over the corpus. Default: 3; 20 with --ingest (its JIT keeps compiling for some 12,000 filings).")
    Integer warmup;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--jmh", description = "Run the JMH benchmarks of the hot paths (extra arguments after -- go to JMH).")
    boolean jmh;

    @Option(names = "--ingest", description = "Measure ingest (extraction, DuckDB, Lucene) on all cores instead.")
    boolean ingest;

    @Option(names = "--search", description = "Measure search latency on an index of the inputs replicated to --docs documents instead.")
    boolean search;

    @Option(names = "--docs", defaultValue = "100000", description = "Documents in the --search index. Default: ${DEFAULT-VALUE}.")
    int docs;

    @Option(names = "--queries", defaultValue = "1000", description = "Queries timed by --search. Default: ${DEFAULT-VALUE}.")
    int queries;

    @Override public Integer call() throws Exception {
        if (jmh) {
            List<String> args = new ArrayList<>(List.of("sixk.bench.ReaderBenchmarks"));
            org.openjdk.jmh.Main.main(args.toArray(String[]::new));
            return 0;
        }
        List<String> files = Inputs.expand(inputs.isEmpty() ? List.of("samples") : inputs);
        if (files.isEmpty()) throw new UserException("no files to measure");
        int cores = Runtime.getRuntime().availableProcessors();
        List<Path> paths = files.stream().map(Path::of).toList();
        if (ingest) {
            // Ingest takes the inputs as given (directories, archives), as `sixk ingest` would.
            paths = (inputs.isEmpty() ? List.of("samples") : inputs).stream().map(Path::of).toList();
            for (Path p : paths) if (!Files.exists(p)) throw new UserException("no such file or directory: " + p);
            int t = threads != null ? threads : cores;
            List<sixk.bench.IngestBenchmark.Result> all = sixk.bench.IngestBenchmark.run(paths, t, warmup != null ? warmup : 20, Math.max(1, rounds));
            List<sixk.bench.IngestBenchmark.Result> runs = all.stream().filter(r -> !r.warmup()).toList();
            for (sixk.bench.IngestBenchmark.Result r : all) {
                sixk.store.Ingester.Summary s = r.summary();
                System.out.printf("  %s: %.2f s, %.0f filings/s, %.1f MB/s, %.1f CPU s (cores busy %.0f%%)%n", r.warmup() ? "warm-up" : "run", s.seconds(), s.filings() / s.seconds(),
                        s.bytes() / 1e6 / s.seconds(), r.cpuSeconds(), 100 * r.cores() / cores);
            }
            // The median run: this machine's runs spread widely, and one figure must not be the luckiest.
            List<sixk.bench.IngestBenchmark.Result> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(r -> r.summary().seconds())).toList();
            sixk.bench.IngestBenchmark.Result r = sorted.get(sorted.size() / 2);
            sixk.store.Ingester.Summary s = r.summary();
            // Inputs that are not filings (indexes, JSON, tables) are read and passed over: their bytes count, they are no filings.
            System.out.printf("sixk bench --ingest: %d filings%s, %.1f MB in %.2f s (median of %d runs): %.0f filings/s, %.1f MB/s (%d threads, %d cores busy %.0f%%, Java %s)%n",
                    s.filings(), s.notFilings().isEmpty() ? "" : " (and " + s.notFilings().size() + " inputs that are not filings)",
                    s.bytes() / 1e6, s.seconds(), runs.size(), s.filings() / s.seconds(), s.bytes() / 1e6 / s.seconds(),
                    t, cores, 100 * r.cores() / cores, System.getProperty("java.version"));
            return s.failures().isEmpty() ? 0 : 1;
        }
        if (search) {
            sixk.bench.SearchBenchmark.Result r = sixk.bench.SearchBenchmark.run(paths, docs, queries);
            System.out.printf("sixk bench --search: %d documents (%d filings) indexed in %.1f s; %d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    r.documents(), r.filings(), r.indexSeconds(), r.queries(), r.p50(), r.p90(), r.p99(), r.max());
            System.out.println("slowest:");
            for (sixk.bench.SearchBenchmark.Timed t : r.slowest()) {
                sixk.search.SearchRequest q = t.request();
                System.out.printf("  %7.2f ms  %s%s%s%s%s%n", t.ms(), q.query(), q.form() == null ? "" : "  form=" + q.form(),
                        q.event() == null ? "" : "  event=" + q.event(), q.from() == null ? "" : "  from=" + q.from() + " to=" + q.to(),
                        q.offset() == 0 ? "" : "  offset=" + q.offset());
            }
            return 0;
        }
        CorpusBenchmark bench = new CorpusBenchmark(paths);
        List<Integer> threadCounts = threads != null ? List.of(threads) : cores > 1 ? List.of(1, cores) : List.of(1);
        System.out.printf("sixk bench: %d files, %.1f MB, %d cores, Java %s (%s)%n", files.size(),
                files.stream().mapToLong(f -> Path.of(f).toFile().length()).sum() / 1e6, cores,
                System.getProperty("java.version"), System.getProperty("os.arch"));
        for (String which : stages.equals("both") ? List.of("structure", "all") : List.of(stages)) {
            List<Stage> list = switch (which) {
                case "structure" -> Stages.structure();
                case "all" -> Stages.all();
                default -> throw new UserException("--stages must be structure, all or both");
            };
            for (int t : threadCounts) {
                CorpusBenchmark.Result r = bench.run(which, list, t, warmup != null ? warmup : 3, rounds, null);
                System.out.printf("%-9s threads=%d  %8.1f MB/s  %8.1f MB/s/core  %9.1f filings/s  (%d rounds, %.2f s)%n",
                        which, t, r.mbPerSecond(), r.mbPerSecondPerCore(), r.filingsPerSecond(), r.rounds(), r.seconds());
            }
        }
        return 0;
    }
}
