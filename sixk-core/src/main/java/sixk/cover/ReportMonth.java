package sixk.cover;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a 6-K reports for: "For the month of September 2002", "For the month of: January,
 * 2009", "For the months of January and February 2009" (the first month), "For May 26, 2009",
 * or a date printed alone in the head of the cover ("February 9, 2009", "January 2009").
 */
final class ReportMonth {
    private static final Pattern FOR_THE_MONTH = Pattern.compile("\\bfor\\s+the\\s+months?\\s+(?:of|ended|ending)\\b\\s*:?", Pattern.CASE_INSENSITIVE);
    /** Loose after "For the month of", where a misspelt month ("Februrary") is still the month. */
    private static final Pattern MONTH_NAME = Pattern.compile("(?<![\\p{L}])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?", Pattern.CASE_INSENSITIVE);
    /** The line that opens a 6-K cover's head; a date printed alone after it is the report date. */
    private static final Pattern COVER_HEAD = Pattern.compile("securities\\s+exchange\\s+act\\s+of\\s+1934|report\\s+of\\s+foreign", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private ReportMonth() {}

    /** The report month of the cover in lines [0, limit), or null. */
    static YearMonth find(Lines lines, int limit, boolean sixK) {
        String text = lines.text();
        int end = lines.end(Math.max(0, limit - 1));
        Matcher m = FOR_THE_MONTH.matcher(text);
        if (sixk.text.Scan.findFrom(m, text, 0, end, "for")) {
            YearMonth ym = monthAfter(text, m.end(), Math.min(end, m.end() + 80));
            if (ym != null) return ym;
        }
        if (!sixK) return null;
        // "For May 26, 2009" or a date alone, after the cover's title lines and before the registrant's name.
        boolean head = false;
        for (int i = 0; i < limit; i++) {
            if (lines.blank(i)) continue;
            String t = lines.trimmed(i);
            if (!head) {
                head = COVER_HEAD.matcher(t).find();
                continue;
            }
            if (RegistrantName.CAPTION.matcher(t).find()) break;
            if (CoverLines.isDateLine(t)) {
                PrintedDate.FoundMonth f = PrintedDate.findMonth(t, 0, t.length());
                if (f != null) return f.month();
            }
        }
        return null;
    }

    /** The first month named in {@code text[from, to)} with the first year printed after it. */
    private static YearMonth monthAfter(String text, int from, int to) {
        Matcher mn = MONTH_NAME.matcher(text).region(from, to);
        if (!mn.find()) return null;
        Matcher y = YEAR.matcher(text).region(mn.end(), to);
        if (!y.find()) return null;
        return YearMonth.of(Integer.parseInt(y.group(1)), PrintedDate.month(mn.group(1)));
    }
}
