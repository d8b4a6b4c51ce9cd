package sixk.press;

import sixk.record.Span;
import sixk.record.SpanRef;
import sixk.text.Scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "About …" paragraph and the forward-looking-statements section of a release. The about
 * paragraph is the one under an "About X" heading, or else the paragraph that opens with the
 * issuer's name and "is a/an/the/one of" (the boilerplate description many releases print
 * unlabeled). The forward-looking-statements section is the paragraph naming them, with its
 * heading when it has one.
 */
final class ReleaseSections {
    private static final int MAX_PARAGRAPH = 4000;
    private static final Pattern ABOUT_HEADING = Pattern.compile("(?m)^\\s{0,4}About\\s\\p{Lu}[^\\n]{1,80}+$");
    private static final Pattern ABOUT_OPENING = Pattern.compile(
            "(?m)^\\s{0,4}\\p{Lu}[\\p{L}&.,'’ -]{1,80}?\\s(?:is|are)\\s(?:a|an|the|one of)\\s[^\\n]{10,}");
    private static final Pattern FLS = Pattern.compile("(?i)forward[- ]looking\\s(?:statements?|information)|safe harbou?r");

    private ReleaseSections() {}

    static SpanRef about(String text, int from, int to) {
        java.util.regex.MatchResult h = first(ABOUT_HEADING, text, from, to);
        if (h != null) {
            int start = h.start() + leading(text, h.start());
            int paraEnd = paragraphEnd(text, nextNonBlank(text, h.end(), to), to);
            return paraEnd > start ? new SpanRef(new Span(start, paraEnd)) : null;
        }
        // The description sits after the news, so look past the first third only.
        int half = from + (to - from) / 3;
        java.util.regex.MatchResult o = first(ABOUT_OPENING, text, half, to);
        if (o != null) {
            int start = o.start() + leading(text, o.start());
            return new SpanRef(new Span(start, paragraphEnd(text, start, to)));
        }
        return null;
    }

    static SpanRef forwardLooking(String text, int from, int to) {
        java.util.regex.MatchResult[] found = {null};
        Scan.matches(FLS, text, from, to, (t, i) -> found[0] == null && Scan.wordStart(t, i) && "fFsS".indexOf(t.charAt(i)) >= 0,
                r -> { if (found[0] == null) found[0] = r; });
        java.util.regex.MatchResult m = found[0];
        if (m == null) return null;
        int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
        int start = Math.max(from, lineStart);
        int lineEnd = text.indexOf('\n', m.end());
        if (lineEnd < 0 || lineEnd > to) lineEnd = to;
        // A heading line ("Forward-Looking Statements") is followed by its paragraph.
        int paraStart = lineEnd - start < 80 ? nextNonBlank(text, lineEnd, to) : start;
        int end = paragraphEnd(text, paraStart, to);
        return end > start ? new SpanRef(new Span(start + leading(text, start), end)) : null;
    }

    /** The first match of a pattern anchored at a line start. */
    private static java.util.regex.MatchResult first(Pattern p, String text, int from, int to) {
        java.util.regex.MatchResult[] found = {null};
        Scan.matches(p, text, from, to, (t, i) -> found[0] == null && (i == 0 || t.charAt(i - 1) == '\n'), r -> { if (found[0] == null) found[0] = r; });
        return found[0];
    }

    private static int leading(String text, int at) {
        int k = at;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k - at;
    }

    private static int nextNonBlank(String text, int at, int to) {
        int k = at;
        while (k < to && Character.isWhitespace(text.charAt(k))) k++;
        return k;
    }

    /**
     * The end of the paragraph that starts at {@code at}: a blank line, or a line break after a
     * sentence's end (HTML paragraphs are one line each), at most {@link #MAX_PARAGRAPH} characters on.
     */
    private static int paragraphEnd(String text, int at, int to) {
        int limit = Math.min(to, at + MAX_PARAGRAPH);
        int end = limit;
        for (int k = text.indexOf('\n', at); k >= 0 && k < limit; k = text.indexOf('\n', k + 1)) {
            int n = k + 1;
            while (n < limit && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) n++;
            int p = k;
            while (p > at && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) p--;
            char last = p > at ? text.charAt(p - 1) : '.';
            if (n >= limit || text.charAt(n) == '\n' || last == '.' || last == '!' || last == '?' || last == '"' || last == '”') { end = k; break; }
        }
        while (end > at && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
