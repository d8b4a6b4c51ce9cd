package sixk.press;

import sixk.record.Dateline;
import sixk.record.Span;

import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a press release's dateline at the start of a line near the top of a document:
 * "Lyon, France, September 19, 2002 –", "LONDON, January 9, 2009 —", "London, 5th February 2009",
 * "TORONTO--(BUSINESS WIRE)--March 3, 2010". Every repetition is bounded, so a line cannot make
 * the pattern backtrack without end.
 */
final class DatelineFinder {
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String PLACE = "([A-Z][\\p{L}.'\\-]{1,25}(?: [A-Z\\p{Lu}][\\p{L}.'\\-]{1,25}){0,3})";
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^" + PLACE + "(?:, ?" + PLACE + ")?(?:, ?" + PLACE + ")?"
                    + "(?:,? ?-{1,2} ?\\([^)\\n]{2,40}\\) ?-{1,2} ?|,? ?[/–—-]? ?| ?\\([^)\\n]{2,40}\\) ?[–—-]? ?)"
                    + "(?:" + MONTHS + " (\\d{1,2}),? (\\d{4})|(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS + ",? (\\d{4}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("for", "dated", "date", "as", "on", "in", "the",
            "at", "by", "of", "from", "to", "since", "until", "through", "effective", "report", "month", "signed", "period", "ended");

    /** A line that opens with the date alone: "May 6, 2010 -- Alexco …", "For Immediate Release – February 5, 2009". */
    private static final Pattern DATE_FIRST = Pattern.compile(
            // A date alone on its line is a stamp or a signature date; a release's date runs on into its text.
            "(?m)^(?:For Immediate Release ?[–—:-]{1,2} ?" + MONTHS + " (\\d{1,2}),? (\\d{4})|" + MONTHS + " (\\d{1,2}),? (\\d{4}) ?(?:[–—]|-{1,2}))",
            Pattern.CASE_INSENSITIVE);

    /** How far into a document a dateline is looked for: it opens a release. */
    static final int WINDOW = 6000;

    private DatelineFinder() {}

    record Found(Dateline dateline, int lineStart) {}

    static Found find(String text) {
        Matcher m = DATELINE.matcher(text);
        m.region(0, Math.min(text.length(), WINDOW));
        while (m.find()) {
            String monthName = m.group(4) != null ? m.group(4) : m.group(8);
            String day = m.group(4) != null ? m.group(5) : m.group(7);
            String year = m.group(4) != null ? m.group(6) : m.group(9);
            String date = isoDate(monthName, day, year);
            if (date == null) continue;
            String first = m.group(1);
            // "For the month of", "Dated:", "As of" are cover and signature lines, not places.
            String firstWord = first.split("[ .]", 2)[0].toLowerCase(Locale.ROOT);
            if (NOT_PLACES.contains(firstWord)) continue;
            String city = titleCaseIfUpper(first);
            String region = m.group(3) != null ? titleCaseIfUpper(m.group(2)) : null;
            String country = m.group(3) != null ? titleCaseIfUpper(m.group(3)) : m.group(2) != null ? titleCaseIfUpper(m.group(2)) : null;
            return new Found(new Dateline(city, region, country, date, new Span(m.start(), m.end())), m.start());
        }
        // No place before the date: the date alone opens the release (the place, if any, is unknown).
        Matcher d = DATE_FIRST.matcher(text);
        d.region(0, Math.min(text.length(), WINDOW));
        while (d.find()) {
            String date = d.group(1) != null ? isoDate(d.group(1), d.group(2), d.group(3)) : isoDate(d.group(4), d.group(5), d.group(6));
            if (date != null) return new Found(new Dateline(null, null, null, date, new Span(d.start(), d.end())), d.start());
        }
        return null;
    }

    static String isoDate(String monthName, String day, String year) {
        String key = monthName.replace(".", "").toUpperCase(Locale.ROOT);
        Month month = null;
        for (Month mo : Month.values()) if (mo.name().startsWith(key.length() >= 3 ? key.substring(0, 3) : key)) { month = mo; break; }
        if (month == null) return null;
        int d = Integer.parseInt(day);
        if (d < 1 || d > month.maxLength()) return null;
        return String.format("%s-%02d-%02d", year, month.getValue(), d);
    }

    static String titleCaseIfUpper(String s) {
        if (s == null || !s.equals(s.toUpperCase(Locale.ROOT))) return s;
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '.';
        }
        return b.toString();
    }
}
