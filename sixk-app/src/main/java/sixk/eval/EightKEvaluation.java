package sixk.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import sixk.event.EventType;
import sixk.pipeline.FilingReader;
import sixk.record.Event;
import sixk.record.FilingRecord;
import sixk.record.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code sixk eval --eightk DIR}: the events read from 8-Ks, mapped to items by EVENTS.md, against
 * the items their filers declared (9.01 ignored). The events are read with the full pipeline; the
 * event stage never looks at the header and blanks item headings, so the filing is read as a 6-K
 * would be. By default only the files held out of training are scored.
 */
public final class EightKEvaluation {
    private EightKEvaluation() {}

    public static int run(Path dir, PrintStream out, boolean json) { return run(dir, out, json, false); }

    public static int run(Path dir, PrintStream out, boolean json, boolean all) {
        List<EightKCorpus.Labeled> labeled;
        try {
            labeled = EightKCorpus.read(dir);
        } catch (IOException e) {
            out.println("cannot read " + dir + ": " + e.getMessage());
            return 1;
        }
        FilingReader reader = FilingReader.standard();
        Map<String, int[]> counts = new TreeMap<>(); // item → tp, fp, fn
        int scored = 0, failed = 0;
        for (EightKCorpus.Labeled l : labeled) {
            if (!all && !l.heldOut()) continue;
            Set<String> predicted = new LinkedHashSet<>();
            try {
                FilingRecord r = reader.read(l.path());
                for (Event e : r.events()) {
                    String item = EventType.of(e.type()).item;
                    if (!item.equals("9.01")) predicted.add(item);
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                continue;
            }
            scored++;
            for (String p : predicted) counts.computeIfAbsent(p, k -> new int[3])[l.items().contains(p) ? 0 : 1]++;
            for (String g : l.items()) if (!predicted.contains(g)) counts.computeIfAbsent(g, k -> new int[3])[2]++;
        }
        int tp = 0, fp = 0, fn = 0;
        double macro = 0;
        int macroN = 0;
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode perItem = root.putObject("items");
        StringBuilder table = new StringBuilder(String.format("%-8s %6s %6s %6s %9s %7s %6s%n", "item", "tp", "fp", "fn", "precision", "recall", "F1"));
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            double f1 = f1(c[0], c[1], c[2]);
            if (c[0] + c[2] > 0) { macro += f1; macroN++; }
            table.append(String.format("%-8s %6d %6d %6d %9s %7s %6.3f%n", e.getKey(), c[0], c[1], c[2], ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), f1));
            ObjectNode n = perItem.putObject(e.getKey());
            n.put("tp", c[0]).put("fp", c[1]).put("fn", c[2]).put("f1", f1);
        }
        double micro = f1(tp, fp, fn);
        root.put("filings", scored).put("failed", failed).put("held_out_only", !all).put("micro_f1", micro)
                .put("macro_f1", macroN == 0 ? 0 : macro / macroN);
        if (json) {
            out.println(root.toPrettyString());
        } else {
            out.printf("sixk eval --eightk: %d filings scored (%s), %d failed%n%n", scored, all ? "all" : "held out of training", failed);
            out.print(table);
            out.printf("%-8s %6d %6d %6d %9s %7s %6.3f%n", "micro", tp, fp, fn, ratio(tp, tp + fp), ratio(tp, tp + fn), micro);
            out.printf("%-8s %37s %6.3f%n", "macro", "", macroN == 0 ? 0 : macro / macroN);
        }
        return 0;
    }

    private static double f1(int tp, int fp, int fn) { return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn); }

    private static String ratio(int a, int b) { return b == 0 ? "-" : String.format("%.3f", (double) a / b); }
}
