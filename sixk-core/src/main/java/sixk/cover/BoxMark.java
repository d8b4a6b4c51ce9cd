package sixk.cover;

import java.util.regex.Pattern;

/**
 * What a stretch of cover text between two labels says about a check box: marked (☒, "X", "[X]",
 * ". . .X. . .", "__X__"), blank (☐, "[ ]", "____", dots) or nothing at all. The reader has
 * already turned Wingdings and Unicode boxes into ☒ and ☐ (see HtmlText).
 */
public enum BoxMark {
    CHECKED, UNCHECKED, NONE;

    static final char CHECKED_BOX = '\u2612';
    static final char EMPTY_BOX = '\u2610';

    /** An X, x, ✓ or √ standing alone (not a letter of a word), with or without brackets. */
    private static final Pattern MARK = Pattern.compile("(?<![\\p{L}\\p{N}])[xX\u2713\u2714\u221A\u2717\u2718](?![\\p{L}\\p{N}])");
    private static final Pattern BLANK = Pattern.compile("\\[\\s*]|\\(\\s*\\)|_{2,}|(?:\\.\\s*){3,}");

    /** The mark of {@code s[from, to)}. */
    public static BoxMark of(CharSequence s, int from, int to) {
        boolean empty = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isCheckedGlyph(c)) return CHECKED;
            if (isEmptyGlyph(c)) empty = true;
        }
        if (MARK.matcher(s).region(from, to).find()) return CHECKED;
        if (empty || BLANK.matcher(s).region(from, to).find()) return UNCHECKED;
        return NONE;
    }

    public static BoxMark of(CharSequence s) { return of(s, 0, s.length()); }

    /** ☒ and the other marked-box glyphs the reader may leave: ⊠ ⌧ ☑ ■. */
    static boolean isCheckedGlyph(char c) {
        return c == CHECKED_BOX || c == '\u22A0' || c == '\u2327' || c == '\u2611' || c == '\u25A0' || c == '\u25A3';
    }

    /** ☐ and the other empty-box glyphs: □ ▢ ❏ and the enclosing square U+20DE. */
    static boolean isEmptyGlyph(char c) {
        return c == EMPTY_BOX || c == '\u25A1' || c == '\u25A2' || c == '\u274F' || c == '\u20DE' || c == '\u2B1C';
    }
}
