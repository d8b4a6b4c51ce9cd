package sixk.cover;

import sixk.record.Span;

import java.util.Arrays;

/**
 * The lines of a range of a document's normalized text, with their offsets, so that the cover,
 * signature and stamp readers can walk a page line by line and still give spans into the text.
 * Lines are split on '\n' only (the reader has already normalized line ends).
 */
public final class Lines {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private Lines(String text, int[] starts, int[] ends, int count) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    /** The lines of {@code text[from, to)}; a line cut by {@code to} ends there. */
    public static Lines of(String text, int from, int to) {
        int[] s = new int[64];
        int[] e = new int[64];
        int n = 0;
        int i = Math.max(0, from);
        int end = Math.min(to, text.length());
        while (i <= end) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = i;
            e[n] = lineEnd;
            n++;
            if (nl < 0 || nl >= end) break;
            i = nl + 1;
        }
        return new Lines(text, s, e, n);
    }

    public static Lines of(String text) { return of(text, 0, text.length()); }

    public String text() { return text; }

    public int count() { return count; }

    public int start(int i) { return starts[i]; }

    public int end(int i) { return ends[i]; }

    /** Line {@code i} without its leading and trailing white space. */
    public String trimmed(int i) { return text.substring(trimStart(i), trimEnd(i)); }

    public int trimStart(int i) {
        int a = starts[i], b = ends[i];
        while (a < b && isBlank(text.charAt(a))) a++;
        return a;
    }

    public int trimEnd(int i) {
        int a = trimStart(i), b = ends[i];
        while (b > a && isBlank(text.charAt(b - 1))) b--;
        return b;
    }

    /** The span of line {@code i}'s visible characters. */
    public Span span(int i) { return new Span(trimStart(i), trimEnd(i)); }

    public boolean blank(int i) { return trimStart(i) >= trimEnd(i); }

    /** The index of the line holding {@code offset}, or -1 when it is outside these lines. */
    public int lineAt(int offset) {
        if (count == 0 || offset < starts[0] || offset > ends[count - 1]) return -1;
        int lo = 0, hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The next non-blank line after {@code i}, or -1. */
    public int nextNonBlank(int i) {
        for (int j = i + 1; j < count; j++) if (!blank(j)) return j;
        return -1;
    }

    /** The previous non-blank line before {@code i}, or -1. */
    public int previousNonBlank(int i) {
        for (int j = i - 1; j >= 0; j--) if (!blank(j)) return j;
        return -1;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\r' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u200B';
    }
}
