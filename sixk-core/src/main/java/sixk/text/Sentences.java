package sixk.text;

import sixk.record.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits normalized text into sentences: at ". ", "! ", "? " before a capital, digit or quote
 * (not after "Mr.", "Inc.", "U.S." or an initial), and at line ends where the line closes a
 * sentence or a heading (a short line, or a blank line after it). A run with no boundary is cut
 * at {@link #MAX_SENTENCE} characters, so text without punctuation still comes out in pieces.
 */
public final class Sentences {
    public static final int MAX_SENTENCE = 1500;
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "no", "nos",
            "st", "jr", "sr", "vs", "e.g", "i.e", "u.s", "u.k", "s.a", "n.v", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "fig", "est", "ref", "vol", "p", "pp", "cf", "etc", "al", "gen", "sen", "rep", "gov",
            "messrs", "plc", "l.p", "s.p.a", "b.v", "a.g", "ave", "blvd", "tel", "dept", "div", "mt", "ft", "hon",
            // Currencies written with a stop before the sum: "revenues of Rs. 63 billion".
            "rs", "re", "rp", "dhs", "bhd", "sfr");

    private Sentences() {}

    /** The sentence spans of text[from, to), trimmed of surrounding white space, empty ones dropped. */
    public static List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean end = false;
            if (c == '\n') {
                end = lineEndsSentence(text, start, i, to);
            } else if ((c == '.' || c == '!' || c == '?') && i + 1 < to && isSpace(text.charAt(i + 1))) {
                end = opensSentence(text, i + 1, to) && (c != '.' || !abbreviation(text, start, i));
            }
            if (!end && i - start >= MAX_SENTENCE && isSpace(c)) end = true;
            if (end) {
                add(text, start, i + 1, out);
                start = i + 1;
            }
        }
        add(text, start, to, out);
        return out;
    }

    private static boolean lineEndsSentence(String text, int start, int nl, int to) {
        int k = nl + 1;
        while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        if (k >= to || text.charAt(k) == '\n') return true;
        // The next line opens a list item ("– Cash and short-term investments increased to …"): each item is its own sentence.
        if (Bullets.at(text, k, to)) return true;
        int e = nl;
        while (e > start && isSpace(text.charAt(e - 1))) e--;
        if (e == start) return true;
        char last = text.charAt(e - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"' || last == '”') return true;
        // A short line is a heading or a list item; a long one was wrapped by the filer's editor.
        int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
        return nl - Math.max(lineStart, start) < 60 && !Character.isLowerCase(text.charAt(k));
    }

    private static boolean opensSentence(String text, int at, int to) {
        int k = at;
        while (k < to && text.charAt(k) == ' ') k++;
        if (k >= to) return true;
        char n = text.charAt(k);
        return Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '“' || n == '(' || n == '\n' || n == '•';
    }

    private static boolean abbreviation(String text, int start, int dot) {
        int w = dot;
        while (w > start && !isSpace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') w--;
        int len = dot - w;
        if (len == 0) return false;
        if (len == 1 && Character.isUpperCase(text.charAt(w))) return true; // an initial: "Stephen H. Willard"
        if (len > 8) return false;
        return ABBREVIATIONS.contains(text.substring(w, dot).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0'; }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }
}
