package sixk.text;

/**
 * Normalizes plain text (ASCII filings, OCR output, the text of scanned paper filings):
 * CR/LF to LF, form feeds and {@code <PAGE>} markers to line breaks, indentation and trailing
 * blanks dropped, at most one blank line in a row. A backslash that escapes a dollar sign
 * before a number ("\$4 million", left by Markdown-escaping OCR tools) is dropped, since it is
 * not on the page. Line structure is kept: in text filings it carries the layout; so are table
 * columns, as tab-separated cells ({@link ColumnGap}).
 */
public final class PlainText {
    private PlainText() {}

    public static HtmlText.Result convert(String s, int limit) {
        TextBuilder out = new TextBuilder(s.length(), limit);
        int n = s.length();
        int i = 0;
        while (i < n) {
            int lineEnd = s.indexOf('\n', i);
            if (lineEnd < 0) lineEnd = n;
            line(s, i, lineEnd, out);
            i = lineEnd + 1;
        }
        return new HtmlText.Result(out.text(), out.map(), out.truncated());
    }

    private static void line(String s, int from, int to, TextBuilder out) {
        int end = to;
        while (end > from && Character.isWhitespace(s.charAt(end - 1))) end--;
        int start = from;
        while (start < end && (Character.isWhitespace(s.charAt(start)))) start++;
        if (start >= end) {
            out.paragraph(from);
            return;
        }
        if (isPageMarker(s, start, end)) {
            out.newline(from);
            return;
        }
        boolean lastWasSpace = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (TextBuilder.plain(c, '\\')) {
                // Plain characters and the single spaces between them are written as they are: at once.
                int j = TextBuilder.plainEnd(s, i, end, '\\', true);
                out.append(c, i);
                out.appendRun(s, i + 1, j);
                lastWasSpace = false;
                i = j - 1;
                continue;
            }
            if (c == '\f') { out.newline(i); lastWasSpace = false; continue; }
            if (c == '\\' && i + 2 < end && s.charAt(i + 1) == '$' && Character.isDigit(s.charAt(i + 2))) continue;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\u00A0') {
                // A run of blanks becomes one space, or a cell boundary where it parts table columns.
                int j = i;
                boolean tab = false;
                while (j < end && isBlank(s.charAt(j))) { tab |= s.charAt(j) == '\t'; j++; }
                if (!lastWasSpace && j < end && ColumnGap.separatesColumns(out.lastChar(), j - i, tab, s.charAt(j), j + 1 < end ? s.charAt(j + 1) : 0)) {
                    out.cell(i);
                } else if (!lastWasSpace) {
                    out.space();
                }
                lastWasSpace = true;
                i = j - 1;
                continue;
            }
            if (c == '<') {
                int skip = sgmlTableTag(s, i, end);
                if (skip > 0) {
                    // <S>, <C>, <TABLE>, <CAPTION>, <FN> mark columns in 1990s text filings: layout, not words.
                    if (!lastWasSpace) out.space();
                    lastWasSpace = true;
                    i += skip - 1;
                    continue;
                }
            }
            lastWasSpace = false;
            if (c < 0x20) continue;
            out.append(c, i);
        }
        out.newline(end);
    }

    private static boolean isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0'; }

    private static final String[] SGML_TABLE_TAGS = {"<S>", "<C>", "<TABLE>", "</TABLE>", "<CAPTION>", "</CAPTION>", "<FN>", "</FN>"};

    /** The length of an SGML table tag at {@code i}, or 0. */
    private static int sgmlTableTag(String s, int i, int end) {
        for (String t : SGML_TABLE_TAGS) {
            if (i + t.length() <= end && s.regionMatches(true, i, t, 0, t.length())) return t.length();
        }
        return 0;
    }

    private static boolean isPageMarker(String s, int start, int end) {
        if (end - start < 6 || s.charAt(start) != '<') return false;
        return s.regionMatches(true, start, "<PAGE>", 0, 6);
    }
}
