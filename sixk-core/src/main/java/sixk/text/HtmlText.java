package sixk.text;

import org.jsoup.nodes.Entities;

import java.util.Locale;

/**
 * Turns filing HTML (and XHTML, and the SGML-ish HTML of the 1990s) into readable text in a
 * single forward pass, without building a DOM: block elements become line breaks, table rows
 * become lines with tab-separated cells, entities are decoded (numeric 128–159 as
 * Windows-1252, as browsers do), script/style/hidden inline-XBRL headers are dropped, and
 * Wingdings check boxes become ☒ / ☐ so that a cover's box state survives.
 */
public final class HtmlText {
    public static final char CHECKED = '\u2612';
    public static final char UNCHECKED = '\u2610';

    private static final String[] LEGACY_ENTITIES = {"nbsp", "amp", "lt", "gt", "quot", "copy", "reg"};

    private final String src;
    private final int n;
    private final TextBuilder out;
    /** Depth of open elements whose font is Wingdings; text inside them is a box glyph. */
    private int wingdingsDepth;
    private final String[] wingdingsTags = new String[32];
    private int preDepth;
    /**
     * Table cells, innermost table last: whether a cell of that table is open, and whether it has
     * shown text yet. A block inside a cell ({@code <td><div>3,617</div></td>}) must not break the
     * row, or a table reads one cell per line; only breaks between a cell's own blocks are kept.
     */
    private final boolean[] cellOpen = new boolean[64];
    private final boolean[] cellHasText = new boolean[64];
    private int tableDepth;
    /** A line (1) or paragraph (2) break inside a cell, written only if more of the cell follows. */
    private int deferredBreak;
    private int deferredBreakAt;

    private HtmlText(String src, int limit) {
        this.src = src;
        this.n = src.length();
        this.out = new TextBuilder(n / 3, limit);
    }

    public static Result convert(String html, int limit) {
        HtmlText h = new HtmlText(html, limit);
        h.run();
        String text = h.out.text();
        return new Result(text, h.out.map(), h.out.truncated());
    }

    public record Result(String text, OffsetMap map, boolean truncated) {}

    private void run() {
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '<') i = tag(i);
            else if (c == '&') i = entity(i);
            else if (preDepth > 0 && (c == ' ' || c == '\t')) i = preBlanks(i);
            else if (TextBuilder.plain(c, '&') && wingdingsDepth == 0) i = plainRun(i);
            else {
                text(c, i);
                i++;
            }
        }
    }

    /**
     * Writes the plain characters from {@code from} at once, with the single spaces between them
     * (outside {@code <pre>}), which the character-by-character path would write the same way:
     * most of a document's text, without a call per character.
     */
    private int plainRun(int from) {
        int j = TextBuilder.plainEnd(src, from, n, '&', preDepth == 0);
        visibleRun(from, j);
        return j;
    }

    /** A run of blanks in {@code <pre>}: one space, or a cell boundary where it parts table columns. */
    private int preBlanks(int from) {
        int j = from;
        boolean tab = false;
        while (j < n && (src.charAt(j) == ' ' || src.charAt(j) == '\t')) { tab |= src.charAt(j) == '\t'; j++; }
        char after = j < n ? src.charAt(j) : 0;
        if (after != '\n' && after != '\r' && after != '<' && after != 0
                && ColumnGap.separatesColumns(out.lastChar(), j - from, tab, after, j + 1 < n ? src.charAt(j + 1) : 0)) out.cell(from);
        else out.space();
        return j;
    }

    private void text(char c, int at) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
            if (preDepth > 0 && c == '\n') out.newline(at);
            else out.space();
            return;
        }
        if (c == '\u00A0') { out.space(); return; }
        if (c < 0x20 && c != '\t') return;
        if (wingdingsDepth > 0) c = wingdings(c);
        else if (c == '\u2610' || c == '\u25A1' || c == '\u25A2' || c == '\u274F') c = UNCHECKED;
        else if (c == '\u2611' || c == '\u2612' || c == '\u2327' || c == '\u25A0' || c == '\u2713' || c == '\u2714' || c == '\u2715' || c == '\u2716') c = CHECKED;
        visible(c, at);
    }

    /** Appends a visible character, first writing a break a cell's earlier block left pending. */
    private void visible(char c, int at) {
        if (deferredBreak > 0) {
            if (deferredBreak == 1) out.newline(deferredBreakAt);
            else out.paragraph(deferredBreakAt);
            deferredBreak = 0;
        }
        if (tableDepth > 0 && tableDepth <= cellOpen.length) cellHasText[tableDepth - 1] = true;
        out.append(c, at);
    }

    /** {@link #visible} for src[from, to), characters with consecutive source offsets. */
    private void visibleRun(int from, int to) {
        visible(src.charAt(from), from);
        out.appendRun(src, from + 1, to);
    }

    private boolean inCell() { return tableDepth > 0 && tableDepth <= cellOpen.length && cellOpen[tableDepth - 1]; }

    /**
     * A break from a block element: inside a cell, dropped before the cell's first text and
     * deferred after it, so that only a break between two blocks of one cell is written.
     */
    private void blockBreak(int newlines, int at) {
        if (inCell()) {
            if (cellHasText[tableDepth - 1] && newlines > deferredBreak) {
                deferredBreak = newlines;
                deferredBreakAt = at;
            }
            return;
        }
        if (newlines == 1) out.newline(at);
        else out.paragraph(at);
    }

    /** Table structure: a row or cell boundary drops a pending in-cell break. */
    private void cellState(boolean open, boolean hasText) {
        deferredBreak = 0;
        if (tableDepth > 0 && tableDepth <= cellOpen.length) {
            cellOpen[tableDepth - 1] = open;
            cellHasText[tableDepth - 1] = hasText;
        }
    }

    /** Wingdings code points as they print: x, ý, þ, n are marked boxes; o, q, ¨ are empty ones. */
    static char wingdings(char c) {
        return switch (c) {
            case 'x', 'X', '\u00FD', '\u00FE', 'n', '\u00FC', '\u00FB' -> CHECKED;
            case 'o', 'q', '\u00A8', 'r', '\u00A1' -> UNCHECKED;
            default -> c;
        };
    }

    private int entity(int at) {
        int semi = -1;
        int max = Math.min(n, at + 34);
        for (int j = at + 1; j < max; j++) {
            char d = src.charAt(j);
            if (d == ';') { semi = j; break; }
            if (!(Character.isLetterOrDigit(d) || d == '#')) break;
        }
        if (semi < 0) {
            // Old HTML writes the common entities without ';' ("&nbsp"), and browsers accept it.
            for (String legacy : LEGACY_ENTITIES) {
                if (src.regionMatches(at + 1, legacy, 0, legacy.length())) {
                    String v = Entities.getByName(legacy);
                    for (int k = 0; k < v.length(); k++) text(v.charAt(k), at);
                    return at + 1 + legacy.length();
                }
            }
            text('&', at);
            return at + 1;
        }
        String name = src.substring(at + 1, semi);
        int cp = -1;
        if (name.startsWith("#")) {
            try {
                cp = (name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X'))
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            } catch (NumberFormatException e) {
                cp = -1;
            }
            if (cp >= 128 && cp <= 159) cp = cp1252(cp);
        } else {
            String v = Entities.getByName(name);
            if (v != null && !v.isEmpty()) {
                for (int k = 0; k < v.length(); k++) text(v.charAt(k), at);
                return semi + 1;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            v = lower.equals(name) ? null : Entities.getByName(lower);
            if (v != null && !v.isEmpty()) {
                for (int k = 0; k < v.length(); k++) text(v.charAt(k), at);
                return semi + 1;
            }
        }
        if (cp <= 0 || cp > Character.MAX_CODE_POINT) {
            text('&', at);
            return at + 1;
        }
        if (Character.isBmpCodePoint(cp)) text((char) cp, at);
        else {
            text(Character.highSurrogate(cp), at);
            text(Character.lowSurrogate(cp), at);
        }
        return semi + 1;
    }

    private static int cp1252(int b) {
        String s = new String(new byte[]{(byte) b}, Charsets.WINDOWS_1252);
        return s.isEmpty() ? b : s.charAt(0);
    }

    private int tag(int at) {
        if (src.startsWith("<!--", at)) {
            int end = src.indexOf("-->", at + 4);
            return end < 0 ? n : end + 3;
        }
        int j = at + 1;
        if (j >= n) { text('<', at); return n; }
        char c = src.charAt(j);
        if (c == '!' || c == '?') {
            int end = src.indexOf('>', j);
            return end < 0 ? n : end + 1;
        }
        boolean closing = c == '/';
        if (closing) j++;
        int nameStart = j;
        while (j < n && isNameChar(src.charAt(j))) j++;
        if (j == nameStart) {
            text('<', at);
            return at + 1;
        }
        String name = src.substring(nameStart, j).toLowerCase(Locale.ROOT);
        int attrStart = j;
        int end = tagEnd(j);
        int attrEnd = closing ? attrStart : Math.min(end, n);
        int next = end >= n ? n : end + 1;
        if (closing) {
            close(name, at);
            return next;
        }
        boolean selfClosing = end > 0 && end < n && src.charAt(end - 1) == '/';
        switch (name) {
            case "script", "style", "title", "noscript", "ix:header", "xbrli:context", "head" -> {
                if (name.equals("head")) return next;
                return skipTo(name, next);
            }
            default -> { }
        }
        int style = selfClosing || attrEnd <= attrStart ? 0 : style(attrStart, attrEnd);
        if ((style & HIDDEN) != 0) return skipElement(name, next);
        open(name, attrStart, attrEnd, at, (style & WINGDINGS) != 0);
        return next;
    }

    private void open(String name, int attrStart, int attrEnd, int at, boolean wingdings) {
        if (name.equals("img")) checkBoxImage(attrStart, attrEnd, at);
        switch (name) {
            case "br" -> blockBreak(1, at);
            case "table" -> {
                deferredBreak = 0;
                out.paragraph(at);
                tableDepth++;
                cellState(false, false);
            }
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote", "ul", "ol", "center" -> blockBreak(2, at);
            case "div", "li", "dt", "dd", "section", "article", "header", "footer", "page" -> blockBreak(1, at);
            case "tr", "caption", "tbody", "thead" -> { cellState(false, false); out.newline(at); }
            case "td", "th" -> { cellState(true, false); out.cell(at); }
            case "pre" -> { blockBreak(2, at); preDepth++; }
            default -> { }
        }
        if (wingdings) {
            if (wingdingsDepth < wingdingsTags.length) wingdingsTags[wingdingsDepth] = name;
            wingdingsDepth++;
        }
    }

    private void close(String name, int at) {
        switch (name) {
            case "table" -> {
                deferredBreak = 0;
                if (tableDepth > 0) tableDepth--;
                // The cell that held this table has shown text now, whatever came before it.
                if (tableDepth > 0 && tableDepth <= cellHasText.length) cellHasText[tableDepth - 1] = true;
                out.paragraph(at);
            }
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "center" -> blockBreak(2, at);
            case "div", "li", "dt", "dd", "section", "article", "header", "footer", "title" -> blockBreak(1, at);
            case "tr", "caption" -> { cellState(false, false); out.newline(at); }
            case "td", "th" -> cellState(false, false);
            case "pre" -> { blockBreak(2, at); if (preDepth > 0) preDepth--; }
            default -> { }
        }
        if (wingdingsDepth > 0) {
            int top = Math.min(wingdingsDepth, wingdingsTags.length) - 1;
            if (name.equals(wingdingsTags[top])) wingdingsDepth--;
        }
    }

    /**
     * Cover check boxes drawn as images ("ballotx.jpg", "check.gif" against "ballot.jpg",
     * "uncheck.gif"): the image name is the only trace of the mark, so it becomes ☒ or ☐.
     */
    private void checkBoxImage(int from, int to, int at) {
        int src = indexOfIgnoreCase(this.src, "src", from, to);
        if (src < 0) return;
        int q = src + 3;
        while (q < to && (this.src.charAt(q) == '=' || this.src.charAt(q) == ' ' || this.src.charAt(q) == '"' || this.src.charAt(q) == '\'')) q++;
        int end = q;
        while (end < to && this.src.charAt(end) != '"' && this.src.charAt(end) != '\'' && this.src.charAt(end) != ' ') end++;
        String file = this.src.substring(q, end).toLowerCase(Locale.ROOT);
        int slash = file.lastIndexOf('/');
        if (slash >= 0) file = file.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        char box = switch (base) {
            case "ballotx", "check", "checked", "checkbox_checked", "boxchecked", "xbox" -> CHECKED;
            case "ballot", "uncheck", "unchecked", "checkbox", "checkbox_unchecked", "box", "emptybox" -> UNCHECKED;
            default -> 0;
        };
        if (box != 0) {
            out.space();
            visible(box, at);
            out.space();
        }
    }

    private static final int HIDDEN = 1, WINGDINGS = 2;

    /**
     * What a tag's attributes say of its content, read in one pass over them: {@link #HIDDEN} when
     * the first "display" in them is "display:none" (inline XBRL puts its whole header in such a
     * block, which is not part of the text), {@link #WINGDINGS} when they name that font.
     */
    private int style(int from, int to) {
        int flags = 0;
        boolean display = false;
        for (int i = from; i < to; i++) {
            // Lower-cases an ASCII letter; the names sought are ASCII.
            int c = src.charAt(i) | 0x20;
            if (c == 'd' && !display && i + 7 <= to && src.regionMatches(true, i, "display", 0, 7)) {
                display = true;
                int k = i + 7;
                while (k < to && (src.charAt(k) == ' ' || src.charAt(k) == ':')) k++;
                if (src.regionMatches(true, k, "none", 0, 4)) flags |= HIDDEN;
            } else if (c == 'w' && i + 9 <= to && to - from > 9 && src.regionMatches(true, i, "wingdings", 0, 9)) {
                flags |= WINGDINGS;
            }
        }
        return flags;
    }

    private int skipTo(String name, int from) {
        String close = "</" + name;
        int i = from;
        while (true) {
            int at = indexOfIgnoreCase(src, close, i);
            if (at < 0) return n;
            int end = src.indexOf('>', at);
            return end < 0 ? n : end + 1;
        }
    }

    /** Skips a hidden element with its content, counting nested elements of the same name. */
    private int skipElement(String name, int from) {
        if (name.equals("p")) return skipParagraph(from);
        int depth = 1;
        int i = from;
        String open = "<" + name, close = "</" + name;
        while (i < n && depth > 0) {
            int lt = src.indexOf('<', i);
            if (lt < 0) return n;
            if (src.regionMatches(true, lt, close, 0, close.length())) depth--;
            else if (src.regionMatches(true, lt, open, 0, open.length()) && lt + open.length() < n && !isNameChar(src.charAt(lt + open.length()))) depth++;
            int gt = src.indexOf('>', lt);
            if (gt < 0) return n;
            i = gt + 1;
        }
        return i;
    }

    private static final String[] BLOCK_STARTS = {"<p", "<div", "</div", "<table", "</table", "<tr", "</tr", "<td", "</td", "</body", "<h1", "<h2", "<h3"};

    /**
     * A hidden paragraph ends at its {@code </p>}, or where the next block begins: HTML leaves
     * {@code </p>} optional, and waiting for it would swallow the rest of the document.
     */
    private int skipParagraph(int from) {
        int i = from;
        while (i < n) {
            int lt = src.indexOf('<', i);
            if (lt < 0) return n;
            if (src.regionMatches(true, lt, "</p", 0, 3) && lt + 3 < n && !isNameChar(src.charAt(lt + 3))) {
                int gt = src.indexOf('>', lt);
                return gt < 0 ? n : gt + 1;
            }
            for (String b : BLOCK_STARTS) {
                int k = lt + b.length();
                if (src.regionMatches(true, lt, b, 0, b.length()) && k < n && !isNameChar(src.charAt(k))) return lt;
            }
            i = lt + 1;
        }
        return n;
    }

    /** The index of the '>' that closes a tag, honoring quoted attribute values. */
    private int tagEnd(int from) {
        for (int i = from; i < n; i++) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                // A quote only opens a value right after '='; the value (a long inline style, often) ends at the same quote.
                int k = i - 1;
                while (k >= from && src.charAt(k) == ' ') k--;
                if (k >= from && src.charAt(k) == '=') {
                    i = src.indexOf(c, i + 1);
                    if (i < 0) return n;
                }
            } else if (c == '>') return i;
            else if (c == '<' && i > from) return i - 1;
        }
        return n;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_';
    }

    static int indexOfIgnoreCase(String s, String needle, int from) { return indexOfIgnoreCase(s, needle, from, s.length()); }

    /** Case-insensitive search of an ASCII needle in s[from, to). */
    static int indexOfIgnoreCase(String s, String needle, int from, int to) {
        int m = needle.length();
        char first = Character.toLowerCase(needle.charAt(0));
        for (int i = from, last = to - m; i <= last; i++) {
            // Needles are ASCII: OR-ing 0x20 lowercases a letter and leaves '<', '/', ':' as they are.
            if ((s.charAt(i) | 0x20) == first) {
                if (s.regionMatches(true, i, needle, 0, m)) return i;
            }
        }
        return -1;
    }
}
