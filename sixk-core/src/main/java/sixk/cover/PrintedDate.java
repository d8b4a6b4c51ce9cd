package sixk.cover;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as filings print them: "September 20, 2002", "Sept. 20, 2002", "9 January 2009",
 * "5th February 2009", "May 06, 2010", "2009-02-05", and months: "September 2002",
 * "January, 2009". Numeric day/month orders ("02/05/2009") are not read: they are ambiguous.
 */
public final class PrintedDate {
    /** An English month name or abbreviation, for other readers' patterns: one capturing group, the name. */
    public static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    /** Day first or month first, or ISO; group sets: (1 day, 2 month, 3 year), (4 month, 5 day, 6 year), (7,8,9) ISO. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\w])(?:" + DAY + "\\s*(?:of\\s+)?" + MONTH + ",?\\s*" + YEAR
                    + "|" + MONTH + "\\s*" + DAY + "\\s*,?\\s*" + YEAR
                    + "|" + YEAR + "-(\\d{2})-(\\d{2}))(?![\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\w])" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?\\s*,?\\s*" + YEAR + "(?![\\w])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\w])\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s*" + YEAR + "(?![\\w])", Pattern.CASE_INSENSITIVE);

    private PrintedDate() {}

    /** A date found in {@code s}: its ISO value and where it was printed. */
    public record Found(LocalDate date, int start, int end) {}

    /** A month found in {@code s}: "2002-09" and where it was printed. */
    public record FoundMonth(YearMonth month, int start, int end) {}

    /** The first full date printed in {@code s[from, to)}, or null. */
    public static Found find(CharSequence s, int from, int to) {
        Matcher m = DATE.matcher(s).region(from, to);
        while (m.find()) {
            LocalDate d = toDate(m);
            if (d != null) return new Found(d, m.start(), m.end());
        }
        return null;
    }

    public static Found find(CharSequence s) { return find(s, 0, s.length()); }

    /** The first month printed in {@code s[from, to)} (a full date gives its month), or null. */
    public static FoundMonth findMonth(CharSequence s, int from, int to) {
        Matcher d = DAY_MONTH_YEAR.matcher(s).region(from, to);
        Matcher m = MONTH_YEAR.matcher(s).region(from, to);
        FoundMonth first = null;
        if (d.find()) {
            // "26 May 2009": the month is the one named after the day.
            int month = month(d.group(1));
            if (month > 0) first = new FoundMonth(YearMonth.of(Integer.parseInt(d.group(2)), month), d.start(), d.end());
        }
        if (m.find() && (first == null || m.start() < first.start())) {
            int month = month(m.group(1));
            if (month > 0) return new FoundMonth(YearMonth.of(Integer.parseInt(m.group(2)), month), m.start(), m.end());
        }
        return first;
    }

    /** The ISO date of a date printed alone or inside {@code s}, or null. */
    public static String iso(CharSequence s) {
        Found f = find(s);
        return f == null ? null : f.date().toString();
    }

    private static LocalDate toDate(Matcher m) {
        try {
            if (m.group(1) != null) return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            if (m.group(4) != null) return LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(4)), Integer.parseInt(m.group(5)));
            return LocalDate.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** 1–12 for an English month name or abbreviation, else 0. */
    public static int month(String name) {
        if (name == null || name.length() < 3) return 0;
        return switch (Character.toLowerCase(name.charAt(0)) + name.substring(1, 3).toLowerCase(java.util.Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }
}
