package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;
import sixk.text.Scan;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds percentages: "12.5%", "12,5 %", "40 percent", "3 per cent", "-2.1%". */
public final class PercentFinder {
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\p{L}\\d.,])([-−+]?)(\\d{1,3}(?:,\\d{3}){0,3}(?:[.,]\\d{1,3})?)\\s?(%|percent(?![\\p{L}])|per cent(?![\\p{L}]))");

    private PercentFinder() {}

    public static void find(String text, int doc, List<Entity> out) { find(text, Scan.starts(text), doc, out); }

    public static void find(String text, int[] starts, int doc, List<Entity> out) {
        Scan.matchesAt(PERCENT, text, starts, PercentFinder::start, m -> {
            double v = Numbers.parse(m.group(2));
            if (Double.isNaN(v)) return;
            if (!m.group(1).isEmpty() && m.group(1).charAt(0) != '+') v = -v;
            out.add(new Entity("percent", m.group(), Map.of("value", Numbers.tidy(v)), doc, new Span(m.start(), m.end())));
        });
    }

    private static boolean start(String text, int i) {
        char c = text.charAt(i);
        boolean opens = c == '-' || c == '−' || c == '+' || Scan.numberStart(text, i);
        return opens && (Scan.ahead(text, i, 20, '%') || Scan.ahead(text, i, 20, 'p'));
    }
}
