package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds trademarks: a name marked ® or ™ ("Micropump®", "ColCys™", "Medusa (R)"). The marked
 * names are also the products and technologies a release talks about, so each is kept as a
 * product too when the words around it call it a product, drug, technology or device.
 */
public final class TrademarkFinder {
    private static final Pattern MARKED = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}\\d-]{1,30}(?:\\s\\p{Lu}[\\p{L}\\d-]{1,30}){0,2})\\s?(®|™|\\(R\\)|\\(TM\\))");
    private static final Pattern PRODUCT_WORDS = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:product|drug|technology|device|tablets?|capsules?|injection|vaccine|therapy|treatment|platform|system|brand|launch)");

    private TrademarkFinder() {}

    /** The farthest a mark can stand from the start of the name it marks: three words of up to 31 characters, their blanks. */
    private static final int NAME_REACH = 3 * 31 + 3;

    /** Where the marks stand (®, ™, "(R)", "(TM)"), in order. */
    private static int[] marks(String text) {
        int[] out = new int[8];
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            boolean mark = c == '®' || c == '™' || c == '(' && (text.startsWith("R)", i + 1) || text.startsWith("TM)", i + 1));
            if (!mark) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    public static void find(String text, int doc, List<Entity> out) {
        // Most documents mark nothing: one scan for the marks spares the pattern.
        int[] marks = marks(text);
        if (marks.length == 0) return;
        // A marked name is at most three words of 31 characters before its mark: only capitals that close in on one are tried.
        int[] next = {0};
        sixk.text.Scan.Start nearMark = (t, i) -> {
            if (!sixk.text.Scan.capitalStart(t, i)) return false;
            while (next[0] < marks.length && marks[next[0]] < i) next[0]++;
            return next[0] < marks.length && marks[next[0]] - i <= NAME_REACH;
        };
        sixk.text.Scan.matches(MARKED, text, 0, text.length(), nearMark, m -> {
            String name = m.group(1);
            Span span = new Span(m.start(), m.end());
            out.add(new Entity("trademark", m.group(), name, doc, span));
            Matcher p = PRODUCT_WORDS.matcher(text).region(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60));
            if (p.find()) out.add(new Entity("product", m.group(), name, doc, span));
        });
    }
}
