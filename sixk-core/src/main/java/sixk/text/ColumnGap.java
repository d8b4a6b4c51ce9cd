package sixk.text;

/**
 * Whether a run of blanks in laid-out text (a plain-text filing, an HTML {@code <pre>} block)
 * separates table columns, and so becomes a cell boundary (a tab, as HTML cells are read) rather
 * than one space. Prose has single spaces and, after a sentence, two; a column gap is wider or
 * stands between figures: "Total revenue      $149,205  $165,951". A gap counts when it holds a
 * tab or two blanks between two figures, or three or more blanks beside a figure; a wide gap
 * between words ("Three months ended       Year ended") stays a space, so centered headings and
 * justified prose keep their sentences.
 */
final class ColumnGap {
    private ColumnGap() {}

    /**
     * @param before the character written before the run (0 at a line start)
     * @param blanks the number of blank characters in the run
     * @param tab    whether the run holds a tab
     * @param after  the character after the run
     * @param after2 the character after that (0 if none)
     */
    static boolean separatesColumns(char before, int blanks, boolean tab, char after, char after2) {
        // "$   6.79": a currency mark stays with its figure however far the columns push them apart.
        if (before == 0 || before == '\n' || before == '\t' || before == '$' || before == '€' || before == '£' || before == '¥') return false;
        boolean figureBefore = isDigit(before) || before == ')' || before == '%';
        boolean figureAfter = isDigit(after) || after == '$' || after == '(' || after == '€' || after == '£' || after == '¥'
                || (after == '-' || after == '\u2212') && isDigit(after2);
        if ((tab || blanks >= 2) && figureBefore && figureAfter) return true;
        return (tab || blanks >= 3) && (figureBefore || figureAfter);
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
}
