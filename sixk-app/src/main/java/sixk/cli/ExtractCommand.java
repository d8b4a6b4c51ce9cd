package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;
import sixk.record.Json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read filings and print one record per submission.",
                "Pretty JSON for one file; JSON Lines with --jsonl or for several inputs. A batch goes on past bad files",
                "and ends with a summary line on stderr."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Submissions (.txt, .nc), HTML, text, PDF or image files; directories are walked; - reads standard input.")
    List<String> inputs;

    @Option(names = "--jsonl", description = "One compact JSON record per line.")
    boolean jsonl;

    @Option(names = "--text", description = "Print the normalized text of each document instead of the record.")
    boolean text;

    @Option(names = "--threads", description = "Files read at once (default: all cores); records are printed in input order.")
    Integer threads;

    /** One input's outcome: its record, or the one-line reason it could not be read. */
    private record Outcome(String input, FilingRecord record, String error) {}

    @Override public Integer call() throws Exception {
        List<String> files = Inputs.expand(inputs);
        boolean lines = jsonl || files.size() > 1;
        FilingReader reader = FilingReader.standard();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        long start = System.nanoTime();
        long bytes = 0;
        List<String> failures = new ArrayList<>();
        int notFilings = 0;
        int n = Math.max(1, Math.min(files.size(), threads != null ? threads : Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "sixk-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window of files in flight, printed in input order as each one's turn comes.
            java.util.ArrayDeque<java.util.concurrent.Future<Outcome>> window = new java.util.ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < 2 * n) {
                    String f = files.get(next++);
                    window.add(pool.submit(() -> read(reader, f)));
                }
                Outcome o = window.poll().get();
                if (o.error() != null) {
                    failures.add(o.input());
                    System.err.println("sixk: " + o.input() + ": " + o.error());
                    continue;
                }
                FilingRecord r = o.record();
                bytes += r.source().bytes();
                // Still printed: its record says what the input is (an index, JSON, a table) and that nothing was read.
                if (FilingReader.notAFiling(r) != null) notFilings++;
                if (text) printText(out, r, files.size() > 1);
                else if (lines) out.println(Json.COMPACT.writeValueAsString(r));
                else out.println(Json.PRETTY.writeValueAsString(r));
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("sixk extract: %d files, %.1f MB, %.2f s, %d failures%s%s%n", files.size(), bytes / 1e6, seconds,
                failures.size(), failures.isEmpty() ? "" : " (" + String.join(", ", failures) + ")",
                notFilings == 0 ? "" : ", " + notFilings + " not filings (warning not_a_filing)");
        return failures.isEmpty() ? 0 : 1;
    }

    /** Reads one input; a bad one is an outcome with its reason, never an exception out of the batch. */
    private static Outcome read(FilingReader reader, String f) {
        try {
            return new Outcome(f, f.equals("-") ? reader.read(System.in.readAllBytes(), "-") : reader.read(Path.of(f)), null);
        } catch (java.nio.file.NoSuchFileException e) {
            return new Outcome(f, null, "no such file");
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return new Outcome(f, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static void printText(PrintWriter out, FilingRecord r, boolean many) {
        for (int i = 0; i < r.texts().size(); i++) {
            var d = r.documents().get(i);
            if (many || r.texts().size() > 1) {
                out.printf("===== %s document %d: %s %s =====%n", r.source().path(), i,
                        d.type() == null ? "" : d.type(), d.filename() == null ? "" : d.filename());
            }
            out.println(r.texts().get(i));
        }
    }
}
