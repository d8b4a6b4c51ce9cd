package sixk.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of an evaluation: per field either an accuracy (right of n gold values) or, for
 * set-valued fields, true/false positives and false negatives; per event type the same; and the
 * list of mismatches for --verbose.
 */
public final class Scoreboard {
    /** One field's counts. Accuracy fields use {@code right}/{@code n}; set fields use tp/fp/fn. */
    public static final class Count {
        final boolean set;
        int n, right, tp, fp, fn;

        Count(boolean set) { this.set = set; }

        public boolean isSet() { return set; }

        public int n() { return n; }

        public int right() { return right; }

        public int tp() { return tp; }

        public int fp() { return fp; }

        public int fn() { return fn; }

        /** Accuracy, or F1 for a set field; NaN when there was nothing to score. */
        public double score() { return set ? f1() : n == 0 ? Double.NaN : (double) right / n; }

        public double precision() { return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn); }

        public double f1() {
            if (tp + fp + fn == 0) return Double.NaN;
            return 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /** A value read differently from the gold. */
    public record Mismatch(String file, String field, String expected, String got) {}

    private final Map<String, Count> fields = new LinkedHashMap<>();
    private final Map<String, Count> eventTypes = new TreeMap<>();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private int files, failed;

    /** Counts one gold value of an accuracy field; a wrong one is kept as a mismatch. */
    public void accuracy(String field, boolean right, String file, Object expected, Object got) {
        Count c = fields.computeIfAbsent(field, k -> new Count(false));
        c.n++;
        if (right) c.right++;
        else mismatches.add(new Mismatch(file, field, str(expected), str(got)));
    }

    /** Makes a field appear (with nothing scored) so that reports list every field in a stable order. */
    public void declare(String field, boolean set) { fields.computeIfAbsent(field, k -> new Count(set)); }

    /** A value found in both gold and record (true positive). */
    public void hit(String field) { fields.computeIfAbsent(field, k -> new Count(true)).tp++; }

    /** A gold value the record lacks (false negative). */
    public void miss(String field, String file, Object expected) {
        fields.computeIfAbsent(field, k -> new Count(true)).fn++;
        mismatches.add(new Mismatch(file, field, str(expected), null));
    }

    /** A record value the gold lacks (false positive). */
    public void extra(String field, String file, Object got) {
        fields.computeIfAbsent(field, k -> new Count(true)).fp++;
        mismatches.add(new Mismatch(file, field, null, str(got)));
    }

    /** Per event type: true positive, false positive or false negative. */
    public void eventType(String type, int tp, int fp, int fn) {
        Count c = eventTypes.computeIfAbsent(type, k -> new Count(true));
        c.tp += tp;
        c.fp += fp;
        c.fn += fn;
    }

    public void fileRead() { files++; }

    public void fileFailed(String file, String why) {
        failed++;
        mismatches.add(new Mismatch(file, "file", "a record", why));
    }

    public int files() { return files; }

    public int failed() { return failed; }

    public Map<String, Count> fields() { return fields; }

    public Map<String, Count> eventTypes() { return eventTypes; }

    public List<Mismatch> mismatches() { return mismatches; }

    /** Micro-averaged event counts: the per-type counts summed. */
    public Count eventsMicro() {
        Count m = new Count(true);
        for (Count c : eventTypes.values()) {
            m.tp += c.tp;
            m.fp += c.fp;
            m.fn += c.fn;
        }
        return m;
    }

    /** The micro-averaged F1 of events. */
    public double eventsMicroF1() { return eventsMicro().f1(); }

    /** Macro-averaged event F1: the mean of the per-type F1 (types seen in gold or record); NaN when none. */
    public double eventsMacroF1() {
        double sum = 0;
        int k = 0;
        for (Count c : eventTypes.values()) {
            double f = c.f1();
            if (!Double.isNaN(f)) { sum += f; k++; }
        }
        return k == 0 ? Double.NaN : sum / k;
    }

    public double eventsMacroPrecision() { return mean(true); }

    public double eventsMacroRecall() { return mean(false); }

    private double mean(boolean precision) {
        double sum = 0;
        int k = 0;
        for (Count c : eventTypes.values()) {
            double v = precision ? c.precision() : c.recall();
            if (!Double.isNaN(v)) { sum += v; k++; }
        }
        return k == 0 ? Double.NaN : sum / k;
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }
}
