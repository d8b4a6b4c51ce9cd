package sixk.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which column of a table row holds a period's figures. Results tables print the quarter and the
 * year side by side ("Three months ended ⏐ Year ended" over "2008 2007 2008 2007"): the row's
 * first figure is the quarter's, and a year's results are further right. The column is the one
 * whose header names the period's year; when the year heads two columns, the group headings
 * above them decide, interim groups being printed before the year's.
 */
final class PeriodColumn {
    /** How many lines above a row its column headers are looked for (a blank line ends the table first). */
    private static final int HEADER_REACH = 40;

    private PeriodColumn() {}

    /**
     * The index of the cell (0 = the row's label) of the tab-separated row starting at
     * {@code rowStart} that holds {@code period} ("2008", "2008-Q4", "2009-H1"), or -1 when the
     * headers do not tell.
     */
    static int of(String text, int rowStart, String period) {
        if (period == null || period.length() < 4 || !isYear(period, 0)) return -1;
        String year = period.substring(0, 4);
        boolean annual = period.length() == 4;
        int rowEnd = text.indexOf('\n', rowStart);
        int rowCells = cells(text, rowStart, rowEnd < 0 ? text.length() : rowEnd).size();
        if (rowCells == 0) return -1; // not a table row
        int lineEnd = rowStart - 1;
        for (int k = 0; k < HEADER_REACH && lineEnd > 0; k++) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            if (lineStart >= lineEnd) return -1;
            List<String> header = cells(text, lineStart, lineEnd);
            List<Integer> hits = new ArrayList<>();
            int years = 0;
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i);
                if (h.length() <= 20 && h.length() >= 4 && isYear(h, h.length() - 4)) {
                    years++;
                    if (h.endsWith(year)) hits.add(i);
                }
            }
            if (years >= 2) {
                if (hits.isEmpty() || header.size() > rowCells) return -1;
                int offset = rowCells - header.size(); // a header without the label cell is aligned right
                if (hits.size() == 1) return hits.get(0) + offset;
                if (!interimBeforeYear(text, lineStart)) return -1;
                return (annual ? hits.get(hits.size() - 1) : hits.get(0)) + offset;
            }
            lineEnd = lineStart - 1;
        }
        return -1;
    }

    /** Whether the lines just above a header name interim groups before the year's. */
    private static boolean interimBeforeYear(String text, int headerStart) {
        int from = headerStart;
        for (int k = 0; k < 3 && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
        String above = text.substring(from, headerStart).toLowerCase(Locale.ROOT);
        int interim = firstOf(above, "three months", "quarter", "six months", "nine months", "half");
        int year = firstOf(above, "year ended", "years ended", "twelve months", "full year", "fiscal year");
        return interim >= 0 && year > interim;
    }

    private static int firstOf(String s, String... words) {
        int best = -1;
        for (String w : words) {
            int i = s.indexOf(w);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    private static boolean isYear(String s, int at) {
        if (at < 0 || at + 4 > s.length()) return false;
        char a = s.charAt(at), b = s.charAt(at + 1);
        return (a == '1' && b == '9' || a == '2' && b == '0') && Character.isDigit(s.charAt(at + 2)) && Character.isDigit(s.charAt(at + 3));
    }

    static List<String> cells(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        if (!hasTab(text, from, to)) return out;
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != '\t') continue;
            out.add(text.substring(s, i).strip());
            s = i + 1;
        }
        return out;
    }

    private static boolean hasTab(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '\t') return true;
        return false;
    }

    /** The span [start, end) of cell {@code index} of the row at {@code rowStart}, or null. */
    static int[] cellSpan(String text, int rowStart, int index) {
        int rowEnd = text.indexOf('\n', rowStart);
        if (rowEnd < 0) rowEnd = text.length();
        int s = rowStart, k = 0;
        for (int i = rowStart; i <= rowEnd; i++) {
            if (i < rowEnd && text.charAt(i) != '\t') continue;
            if (k++ == index) return new int[]{s, i};
            s = i + 1;
        }
        return null;
    }
}
