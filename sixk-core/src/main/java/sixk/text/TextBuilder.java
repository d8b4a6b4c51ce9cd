package sixk.text;

import java.util.Arrays;

/**
 * Builds normalized text and its {@link OffsetMap} in one pass. Whitespace is collapsed the way
 * a reader sees it: runs become one space, no space at line start or end, at most one blank
 * line in a row. Every visible character is appended with the source offset it came from.
 */
final class TextBuilder {
    private final StringBuilder out;
    private int[] textStart = new int[64];
    private int[] sourceStart = new int[64];
    private int runs;
    private int expectedSource = -1;
    private boolean pendingSpace;
    private final int limit;
    private boolean truncated;

    TextBuilder(int capacityHint, int limit) {
        this.out = new StringBuilder(Math.min(capacityHint, limit));
        this.limit = limit;
    }

    /** A visible character from source offset {@code src}. */
    void append(char c, int src) {
        if (truncated) return;
        if (pendingSpace) {
            pendingSpace = false;
            int len = out.length();
            if (len > 0) {
                char last = out.charAt(len - 1);
                if (last != '\n' && last != ' ' && last != '\t') put(' ', src - 1);
            }
        }
        put(c, src);
    }

    /**
     * Characters s[from, to) from source offsets from … to - 1, right after the character at
     * {@code from - 1} was appended: no space is pending and no new run of the map begins, so they
     * are copied at once (up to the limit, as {@link #put} would stop).
     */
    void appendRun(String s, int from, int to) {
        if (truncated || from >= to) return;
        int room = limit - out.length();
        // Compared as lengths: from + room overflows for a limit near Integer.MAX_VALUE.
        int end = to - from <= room ? to : from + room;
        out.append(s, from, end);
        expectedSource = end;
        if (end < to) truncated = true;
    }

    /** A printable ASCII character other than '<' and {@code special}: written as it is, with no rule of its own. */
    static boolean plain(char c, char special) { return c > ' ' && c < 0x7F && c != '<' && c != special; }

    /**
     * Where the run of plain characters opened by s[from] ends (at most {@code to}), taking in the
     * single spaces between them when {@code spaces}: text the converters copy with one {@link #appendRun}.
     */
    static int plainEnd(String s, int from, int to, char special, boolean spaces) {
        int j = from + 1;
        while (j < to) {
            char c = s.charAt(j);
            if (plain(c, special)) j++;
            else if (spaces && c == ' ' && j + 1 < to && plain(s.charAt(j + 1), special)) j += 2;
            else break;
        }
        return j;
    }

    /** Whitespace in the source: becomes at most one space, and only between words. */
    void space() { pendingSpace = true; }

    /** A line break: trailing spaces dropped. */
    void newline(int src) { brk(1, src); }

    /** A paragraph break: one blank line. */
    void paragraph(int src) { brk(2, src); }

    /** A table cell boundary: a tab between cells of one row. */
    void cell(int src) {
        pendingSpace = false;
        int len = out.length();
        if (len == 0) return;
        char last = out.charAt(len - 1);
        if (last == '\n' || last == '\t') return;
        trimTrailingSpaces();
        put('\t', src);
    }

    private void brk(int newlines, int src) {
        pendingSpace = false;
        trimTrailingSpaces();
        int len = out.length();
        if (len == 0) return;
        int have = 0;
        while (have < len && have < 2 && out.charAt(len - 1 - have) == '\n') have++;
        for (int i = have; i < newlines; i++) put('\n', src);
    }

    private void trimTrailingSpaces() {
        int len = out.length();
        int end = len;
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) end--;
        if (end < len) {
            out.setLength(end);
            while (runs > 0 && textStart[runs - 1] >= end) runs--;
            expectedSource = -1;
        }
    }

    private void put(char c, int src) {
        int pos = out.length();
        if (pos >= limit) { truncated = true; return; }
        if (src != expectedSource) {
            if (runs == textStart.length) {
                textStart = Arrays.copyOf(textStart, runs * 2);
                sourceStart = Arrays.copyOf(sourceStart, runs * 2);
            }
            textStart[runs] = pos;
            sourceStart[runs] = src;
            runs++;
        }
        out.append(c);
        expectedSource = src + 1;
    }

    boolean truncated() { return truncated; }

    int length() { return out.length(); }

    char lastChar() { return out.isEmpty() ? 0 : out.charAt(out.length() - 1); }

    /** The text, with trailing blank lines removed, and its map. */
    String text() {
        trimTrailingSpaces();
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') end--;
        out.setLength(end);
        return out.toString();
    }

    OffsetMap map() { return new OffsetMap(textStart, sourceStart, runs); }
}
