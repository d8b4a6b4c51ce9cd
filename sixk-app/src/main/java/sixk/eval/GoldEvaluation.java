package sixk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;
import sixk.record.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code sixk eval --gold DIR}: reads every gold file of DIR, extracts the filing it names (under
 * the corpus directory, by default DIR/../../corpus), scores the record and prints per-field
 * accuracy (F1 for set-valued fields), event precision/recall/F1 per type with their micro and
 * macro averages, and with {@code verbose} every mismatch.
 */
public final class GoldEvaluation {
    private final FilingReader reader;

    public GoldEvaluation(FilingReader reader) { this.reader = reader; }

    /** The corpus a gold directory's files are named under: DIR/../../corpus (gold/dev → corpus). */
    public static Path defaultCorpus(Path goldDir) {
        return goldDir.toAbsolutePath().normalize().resolve("../../corpus").normalize();
    }

    /** Scores every gold file of {@code goldDir}; a file that cannot be read is a failure line, and the run goes on. */
    public Scoreboard evaluate(Path goldDir, Path corpus, PrintStream err) throws IOException {
        Scoreboard board = new Scoreboard();
        GoldScorer.declareFields(board);
        Path root = corpus.toAbsolutePath().normalize();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            String name = g.getFileName().toString();
            JsonNode gold;
            try {
                gold = Json.MAPPER.readTree(g.toFile());
            } catch (IOException e) {
                board.fileFailed(name, "unreadable gold: " + e.getMessage());
                err.println("sixk eval: " + name + ": unreadable gold file: " + e.getMessage());
                continue;
            }
            String file = gold.path("file").asText(null);
            if (file == null || file.isBlank()) {
                board.fileFailed(name, "gold names no file");
                err.println("sixk eval: " + name + ": the gold file names no filing");
                continue;
            }
            // The gold names a path under the corpus; it must not lead out of it.
            Path filing = root.resolve(file).normalize();
            if (!filing.startsWith(root) || !Files.isRegularFile(filing)) {
                board.fileFailed(file, "no such filing under " + root);
                err.println("sixk eval: " + name + ": no such filing under the corpus: " + file);
                continue;
            }
            FilingRecord record;
            try {
                record = reader.read(filing);
            } catch (IOException | RuntimeException e) {
                board.fileFailed(file, e.toString());
                err.println("sixk eval: " + file + ": " + e);
                continue;
            }
            board.fileRead();
            GoldScorer.score(gold, record, file, board);
        }
        return board;
    }

    /** The table of per-field scores. */
    public static void print(Scoreboard board, PrintStream out, boolean verbose) {
        out.printf(Locale.ROOT, "sixk eval: %d gold files scored, %d failed%n%n", board.files(), board.failed());
        out.printf(Locale.ROOT, "%-34s %6s %6s %8s%n", "field", "n", "right", "accuracy");
        for (Map.Entry<String, Scoreboard.Count> e : board.fields().entrySet()) {
            Scoreboard.Count c = e.getValue();
            if (c.isSet()) continue;
            out.printf(Locale.ROOT, "%-34s %6d %6d %8s%n", e.getKey(), c.n(), c.right(), fmt(c.score()));
        }
        out.printf(Locale.ROOT, "%n%-34s %6s %6s %6s %9s %7s %6s%n", "set field", "tp", "fp", "fn", "precision", "recall", "F1");
        for (Map.Entry<String, Scoreboard.Count> e : board.fields().entrySet()) {
            Scoreboard.Count c = e.getValue();
            if (!c.isSet()) continue;
            printSet(out, e.getKey(), c);
        }
        out.printf(Locale.ROOT, "%nevents by type%n");
        for (Map.Entry<String, Scoreboard.Count> e : board.eventTypes().entrySet()) printSet(out, "  " + e.getKey(), e.getValue());
        printSet(out, "events (micro)", board.eventsMicro());
        out.printf(Locale.ROOT, "%-34s %6s %6s %6s %9s %7s %6s%n", "events (macro)", "", "", "",
                fmt(board.eventsMacroPrecision()), fmt(board.eventsMacroRecall()), fmt(board.eventsMacroF1()));
        if (verbose) {
            out.printf(Locale.ROOT, "%nmismatches (file, field, expected, got)%n");
            for (Scoreboard.Mismatch m : board.mismatches()) {
                out.println(m.file() + "\t" + m.field() + "\t" + show(m.expected()) + "\t" + show(m.got()));
            }
        }
    }

    private static void printSet(PrintStream out, String name, Scoreboard.Count c) {
        out.printf(Locale.ROOT, "%-34s %6d %6d %6d %9s %7s %6s%n", name, c.tp(), c.fp(), c.fn(),
                fmt(c.precision()), fmt(c.recall()), fmt(c.f1()));
    }

    /** The same as JSON: {files, failed, fields: {name: {...}}, events: {...}, mismatches?}. */
    public static ObjectNode toJson(Scoreboard board, boolean verbose) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("files", board.files());
        root.put("failed", board.failed());
        ObjectNode fields = root.putObject("fields");
        for (Map.Entry<String, Scoreboard.Count> e : board.fields().entrySet()) fields.set(e.getKey(), count(e.getValue()));
        ObjectNode events = root.putObject("events");
        ObjectNode types = events.putObject("types");
        for (Map.Entry<String, Scoreboard.Count> e : board.eventTypes().entrySet()) types.set(e.getKey(), count(e.getValue()));
        events.set("micro", count(board.eventsMicro()));
        ObjectNode macro = events.putObject("macro");
        number(macro, "precision", board.eventsMacroPrecision());
        number(macro, "recall", board.eventsMacroRecall());
        number(macro, "f1", board.eventsMacroF1());
        if (verbose) {
            ArrayNode list = root.putArray("mismatches");
            for (Scoreboard.Mismatch m : board.mismatches()) {
                ObjectNode o = list.addObject();
                o.put("file", m.file());
                o.put("field", m.field());
                o.put("expected", m.expected());
                o.put("got", m.got());
            }
        }
        return root;
    }

    private static ObjectNode count(Scoreboard.Count c) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        if (c.isSet()) {
            o.put("tp", c.tp());
            o.put("fp", c.fp());
            o.put("fn", c.fn());
            number(o, "precision", c.precision());
            number(o, "recall", c.recall());
            number(o, "f1", c.f1());
        } else {
            o.put("n", c.n());
            o.put("right", c.right());
            number(o, "accuracy", c.score());
        }
        return o;
    }

    /** NaN (nothing to score) is null in JSON. */
    private static void number(ObjectNode o, String k, double v) {
        if (Double.isNaN(v)) o.putNull(k);
        else o.put(k, Math.round(v * 10000) / 10000.0);
    }

    private static String fmt(double v) { return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v); }

    private static String show(String s) { return s == null ? "null" : s; }
}
