package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums in tables whose caption gives the unit: "(in thousands of euros)", "EUR million",
 * "(US$ in millions)", "RMB'000". The cells of the rows below the caption (tab-separated, as the
 * reader renders tables) are money in that unit, "(1,234)" being −1,234. A caption governs its
 * table until a run of lines without numeric cells, or the next caption.
 */
public final class TableMoneyFinder {
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(?:\\b(thousands|millions|billions) of (euros?|U\\.?S\\.? dollars|US\\$|dollars|Canadian dollars|yen|pounds|Swiss francs|renminbi|RMB|NT dollars)"
                    + "|(?<![\\p{L}])(EUR|€|USD|US\\$|C\\$|CAD|NT\\$|HK\\$|CHF|GBP|£|RMB|JPY|¥|\\$)\\s?(?:in\\s)?('000|000s|000(?=\\))|thousands?|millions?|mln|mn|m|bn|billions?)(?![\\p{L}]))");
    /** A figure, perhaps with the currency mark of a laid-out table: "3,617", "(1,234)", "$ 79,402", "$(16,580)". */
    private static final Pattern CELL = Pattern.compile("^(?:[$€£¥]\\s?)?\\(?-?[\\d]{1,3}(?:[,.]\\d{3})*(?:[.,]\\d{1,3})?\\)?$");
    private static final sixk.text.StartChars CAPTION_STARTS = sixk.text.StartChars.of(CAPTION);
    /** Lines without a numeric cell after which a caption no longer governs (a laid-out table wraps its labels over two or three). */
    private static final int GAP = 4;
    /**
     * Lines between a caption and its first figures: the column headings and the first row labels
     * ("SEPTEMBER 30⇥JUNE 30", "2010⇥2010", "ASSETS", "Current Assets").
     */
    private static final int HEAD = 8;
    private static final int MAX_ROWS = 400;

    private TableMoneyFinder() {}

    public static void find(String text, int doc, String dollar, List<Entity> out) {
        if (text.indexOf('\t') < 0) return;
        find(text, sixk.text.Scan.starts(text), doc, dollar, out);
    }

    /** The same, with the text's word starts and currency marks ({@link sixk.text.Scan#starts}): every caption opens at one. */
    public static void find(String text, int[] starts, int doc, String dollar, List<Entity> out) {
        if (text.indexOf('\t') < 0) return;
        List<Entity> cells = new java.util.ArrayList<>();
        List<Span> captions = new java.util.ArrayList<>();
        read(text, starts, doc, dollar, cells, captions);
        if (cells.isEmpty()) return;
        // A figure read under its table's caption says more than the same figure read alone: "$ 79,402" under "($000)"
        // is 79.4 million; and the caption itself ("$000") is a unit, not a sum.
        out.removeIf(e -> e.kind().equals("money") && (overlapsAny(cells, e.span()) || captions.stream().anyMatch(c -> c.start() < e.span().end() && e.span().start() < c.end())));
        out.addAll(cells);
    }

    private static void read(String text, int[] starts, int doc, String dollar, List<Entity> out, List<Span> captions) {
        Matcher c = CAPTION.matcher(text);
        c.useTransparentBounds(true);
        int searchFrom = 0;
        while ((searchFrom = nextCaption(text, starts, c, searchFrom)) >= 0) {
            String currency;
            double scale;
            if (c.group(1) != null) {
                // Plain "dollars" are the document's dollars (a Canadian issuer's are CAD); named ones are what they say.
                String named = c.group(2);
                currency = named.equalsIgnoreCase("dollars") ? dollar : Currencies.code(named.replace("U.S.", "US").replace("US dollars", "us dollars"));
                if (currency == null && named.toLowerCase(Locale.ROOT).contains("dollar")) currency = dollar;
                scale = scale(c.group(1));
            } else {
                currency = c.group(3).equals("$") ? dollar : Currencies.code(c.group(3));
                scale = scale(c.group(4));
            }
            int lineEnd = text.indexOf('\n', c.end());
            if (currency == null || scale == 0 || lineEnd < 0) { searchFrom = c.end(); continue; }
            int before = out.size();
            searchFrom = rows(text, lineEnd + 1, doc, currency, scale, out);
            if (out.size() > before) captions.add(new Span(c.start(), c.end()));
        }
    }

    /** Finds the next caption from {@code from}, trying only the word starts and currency marks where one can start; its start, or -1. */
    private static int nextCaption(String text, int[] starts, Matcher c, int from) {
        int k = java.util.Arrays.binarySearch(starts, from);
        for (k = k < 0 ? -k - 1 : k; k < starts.length; k++) {
            int i = starts[k];
            if (!CAPTION_STARTS.admits(text, i) || !captionStart(text, i)) continue;
            c.region(i, text.length());
            if (c.lookingAt()) return i;
        }
        return -1;
    }

    /** The words a caption can open with, as the pattern spells them (it ignores case). */
    private static final String[] CAPTION_WORDS = {"thousands", "millions", "billions", "EUR", "USD", "US$", "C$", "CAD", "NT$", "HK$", "CHF", "GBP", "RMB", "JPY"};

    /** The letters a caption word opens with (the pattern ignores case, but codes are written in capitals). */
    private static final boolean[] CAPTION_LETTER = new boolean[128];
    static {
        for (char c : "tTmMbBEUCNRJHG".toCharArray()) CAPTION_LETTER[c] = true;
    }

    private static boolean captionStart(String text, int i) {
        char ch = text.charAt(i);
        if (ch == '€' || ch == '$' || ch == '£' || ch == '¥') return true;
        if (ch >= 128 || !CAPTION_LETTER[ch]) return false;
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) return false;
        // "the", "to", "million" open most words that start with these letters: only a caption's own words are worth the pattern.
        char lower = Character.toLowerCase(ch);
        for (String w : CAPTION_WORDS) {
            if (Character.toLowerCase(w.charAt(0)) == lower && text.regionMatches(true, i, w, 0, w.length())) return true;
        }
        return false;
    }

    /** Reads the rows from {@code pos}; returns where the table ended. */
    private static int rows(String text, int pos, int doc, String currency, double scale, List<Entity> out) {
        int quiet = 0, rows = 0;
        boolean figures = false;
        while (pos < text.length() && quiet < (figures ? GAP : HEAD) && rows < MAX_ROWS) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            if (hasUnitWord(text, pos, end) && CAPTION.matcher(text).region(pos, end).find()) return pos; // the next table's caption
            boolean numeric = false;
            int cellStart = pos;
            for (int i = pos; i <= end; i++) {
                if (i < end && text.charAt(i) != '\t') continue;
                int s = cellStart, e = i;
                while (s < e && text.charAt(s) == ' ') s++;
                while (e > s && text.charAt(e - 1) == ' ') e--;
                if (e > s && CELL.matcher(text).region(s, e).matches() && !percentNext(text, i, end)) {
                    String cell = text.substring(s, e);
                    String figure = withoutCurrencyMark(cell);
                    boolean negative = figure.startsWith("(") || figure.startsWith("-");
                    double v = Numbers.parse(figure.replace("(", "").replace(")", "").replace("-", ""));
                    if (!Double.isNaN(v) && !overlaps(out, s, e)) {
                        numeric = true;
                        out.add(new Entity("money", cell, new MoneyAmount(Numbers.tidy((negative ? -v : v) * scale), currency, null, null), doc, new Span(s, e)));
                    }
                }
                cellStart = i + 1;
            }
            // A rule line ("-----") is drawing, not a pause in the table.
            quiet = numeric ? 0 : rule(text, pos, end) ? quiet : quiet + 1;
            figures |= numeric;
            rows++;
            pos = end + 1;
        }
        return pos;
    }

    private static boolean hasUnitWord(String text, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c == 't' || c == 'm' || c == 'b') && text.regionMatches(true, i + 1, c == 't' ? "hous" : "illi", 0, 4)) return true;
            if (c == '\'' && text.startsWith("000", i + 1)) return true;
        }
        return false;
    }

    /** "-20\t%": the next cell is a percent sign, so this number is a percentage. */
    private static boolean percentNext(String text, int tab, int end) {
        if (tab >= end) return false;
        int k = tab + 1;
        while (k < end && text.charAt(k) == ' ') k++;
        return k < end && text.charAt(k) == '%';
    }

    private static boolean rule(String text, int from, int to) {
        if (to - from < 3) return false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '=' && c != '_' && c != ' ' && c != '\t') return false;
        }
        return true;
    }

    private static String withoutCurrencyMark(String cell) {
        int k = 0;
        while (k < cell.length() && (cell.charAt(k) == '$' || cell.charAt(k) == '€' || cell.charAt(k) == '£' || cell.charAt(k) == '¥' || cell.charAt(k) == ' ')) k++;
        return cell.substring(k);
    }

    /** Whether a span overlaps one of {@code cells} (in text order). */
    private static boolean overlapsAny(List<Entity> cells, Span x) {
        int lo = 0, hi = cells.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span c = cells.get(mid).span();
            if (c.end() <= x.start()) lo = mid + 1;
            else if (c.start() >= x.end()) hi = mid - 1;
            else return true;
        }
        return false;
    }

    private static boolean overlaps(List<Entity> out, int s, int e) {
        for (int i = out.size() - 1; i >= 0 && i >= out.size() - 50; i--) {
            Span x = out.get(i).span();
            if (x.start() < e && s < x.end()) return true;
        }
        return false;
    }

    private static double scale(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("thousand") || u.equals("'000") || u.equals("000s") || u.equals("000")) return 1e3;
        if (u.startsWith("million") || u.equals("m") || u.equals("mn") || u.equals("mln")) return 1e6;
        if (u.startsWith("billion") || u.equals("bn")) return 1e9;
        return 0;
    }
}
