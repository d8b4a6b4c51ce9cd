package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;
import sixk.text.Scan;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sums of money: a currency mark before the number ("$4 million", "US$4.0m", "€3 billion",
 * "RMB1,113.1 million", "C$ 41 million", "$10–12 million") or a currency word after it
 * ("12.5 million euros", "3,617 million NT dollars"), with the qualifier printed before it.
 * "$" alone is the document's dollar: USD unless the document says its dollars are another
 * currency ({@link DollarCurrency}). Every repetition is bounded, so no input backtracks without end.
 */
public final class MoneyFinder {
    private static final String NUM = "\\d{1,3}(?:[,.]\\d{3}){1,5}(?:[.,]\\d{1,4})?|\\d{1,12}(?:[.,]\\d{1,4})?";
    private static final String SCALE = "(?i:trillion|billions?|millions?|thousand)|mln|mn|bn|m|b|k|MM|M|B";
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])(" + Currencies.PREFIX + ")\\s?(" + NUM + ")(?:\\s?(?:-|–|to)\\s?(?:" + Currencies.PREFIX + ")?\\s?(" + NUM + "))?"
                    + "(?:[\\s-]?(" + SCALE + ")(?![\\p{L}\\d]))?");
    private static final Pattern AFTER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(" + NUM + ")(?:\\s?(" + SCALE + "))?\\s(?:of\\s)?(" + Currencies.SUFFIX + ")(?![\\p{L}])");
    private static final String[] QUALIFIERS = {"more than", "over", "up to", "approximately", "approx.", "about", "nearly", "almost",
            "at least", "less than", "around", "in excess of", "some", "roughly", "under", "exceeding", "below", "above", "close to"};

    private MoneyFinder() {}

    /** Adds the money entities of {@code text} (document {@code doc}) to {@code out}. */
    public static void find(String text, int doc, String dollar, List<Entity> out) { find(text, Scan.starts(text), doc, dollar, out); }

    /** The same over the word starts of {@code text} ({@link Scan#starts}), computed once by the caller. */
    public static void find(String text, int[] starts, int doc, String dollar, List<Entity> out) {
        int before = out.size();
        Scan.matchesAt(BEFORE, text, starts, MoneyFinder::markStart, m -> {
            String mark = m.group(1);
            String currency = mark.equals("$") ? dollar : Currencies.code(mark);
            if (currency == null) return;
            // A bare code must touch its number or be followed by one space; "EUR" inside words was excluded above.
            double scale = scale(m.group(4));
            double low = Numbers.parse(m.group(2));
            if (Double.isNaN(low)) return;
            // "$4 m" is money; a single-letter scale after a space is too often a unit or initial.
            Double high = m.group(3) == null ? null : Numbers.parse(m.group(3)) * scale;
            out.add(entity(text, doc, m.start(), m.end(), low * scale, currency, high));
        });
        Scan.matchesAt(AFTER, text, starts, MoneyFinder::wordAfterNumber, a -> {
            String currency = Currencies.code(a.group(3));
            if (currency == null || overlaps(out, before, a.start(), a.end())) return;
            double v = Numbers.parse(a.group(1));
            if (!Double.isNaN(v)) out.add(entity(text, doc, a.start(), a.end(), v * scale(a.group(2)), currency, null));
        });
    }

    /** A number followed by a word that is a currency, a scale or "of": where a currency word can follow it. */
    private static boolean wordAfterNumber(String text, int i) {
        if (!Scan.numberStart(text, i)) return false;
        int k = i, n = text.length();
        while (k < n && (Character.isDigit(text.charAt(k)) || text.charAt(k) == ',' || text.charAt(k) == '.')) k++;
        if (k < n && text.charAt(k) == ' ') k++;
        int w = k;
        while (k < n && Character.isLetter(text.charAt(k))) k++;
        if (k == w) return false;
        // The word is the currency ("4 dollars"), a scale before it ("12.5 million euros") or "of": any other word is not
        // followed by a currency in the pattern, and most words after numbers are other words ("2009 the", "12 months").
        return CURRENCY_WORD.admits(text, w) || scaleOrOf(text, w, k);
    }

    /** The characters a currency word printed after an amount can open with. */
    private static final sixk.text.StartChars CURRENCY_WORD = sixk.text.StartChars.of(Pattern.compile(Currencies.SUFFIX));
    private static final String[] SCALE_WORDS_ANY_CASE = {"trillion", "billion", "billions", "million", "millions", "thousand"};
    private static final String[] SCALE_WORDS = {"mln", "mn", "bn", "m", "b", "k", "MM", "M", "B", "of"};

    /** Whether text[from, to) is a whole scale word of {@link #SCALE} or "of". */
    private static boolean scaleOrOf(String text, int from, int to) {
        int len = to - from;
        for (String w : SCALE_WORDS_ANY_CASE) if (w.length() == len && text.regionMatches(true, from, w, 0, len)) return true;
        for (String w : SCALE_WORDS) if (w.length() == len && text.regionMatches(false, from, w, 0, len)) return true;
        return false;
    }

    /** Where a currency mark can open an amount: a symbol, or a capital with a "$" or a digit just after ("US$", "EUR 12", "RMB1"). */
    private static boolean markStart(String text, int i) {
        char c = text.charAt(i);
        if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '₩') return true;
        return Scan.capitalStart(text, i) && (Scan.ahead(text, i, 6, '$') || Scan.digitAhead(text, i, 7));
    }

    private static Entity entity(String text, int doc, int start, int end, double value, String currency, Double high) {
        String qualifier = null;
        int q = start;
        String head = text.substring(Math.max(0, start - 16), start).toLowerCase(Locale.ROOT);
        for (String w : QUALIFIERS) {
            if (head.endsWith(w + " ") && (head.length() == w.length() + 1 || !Character.isLetter(head.charAt(head.length() - w.length() - 2)))) {
                qualifier = w.equals("approx.") ? "approximately" : w;
                q = start - w.length() - 1;
                break;
            }
        }
        MoneyAmount amount = new MoneyAmount(Numbers.tidy(value), currency, qualifier, high == null ? null : Numbers.tidy(high));
        return new Entity("money", text.substring(q, end), amount, doc, new Span(q, end));
    }

    private static boolean overlaps(List<Entity> out, int from, int start, int end) {
        for (int i = from; i < out.size(); i++) {
            Span s = out.get(i).span();
            if (s.start() < end && start < s.end()) return true;
        }
        return false;
    }

    static double scale(String s) {
        if (s == null) return 1;
        return switch (s.length() > 3 ? s.toLowerCase(Locale.ROOT) : s) {
            case "trillion" -> 1e12;
            case "billion", "billions", "bn", "b", "B" -> 1e9;
            case "million", "millions", "mln", "mn", "m", "M", "MM" -> 1e6;
            case "thousand", "k" -> 1e3;
            default -> 1;
        };
    }
}
