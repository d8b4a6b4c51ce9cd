package sixk.press;

import sixk.record.Dateline;
import sixk.record.Span;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
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
    /**
     * A place's words open with a capital whatever the case the rest of the pattern ignores ("close of business on April 30,
     * 2010" wrapped to a line's start is no place), but for the particles of names like "Rio de Janeiro", "Isle of Man".
     */
    private static final String PLACE = "((?-i:[A-Z\\p{Lu}])[\\p{L}.'\\-]{1,25}(?: (?:(?-i:[A-Z\\p{Lu}])[\\p{L}.'\\-]{1,25}|(?-i:de|da|do|del|di|la|le|sur|am|upon|of|den|aan|van|von))){0,3})";
    private static final Pattern DATELINE = Pattern.compile(
            // "Palo Alto, Calif., and Paris, June 18, 2009 –": two places of a joint release.
            "(?m)^" + PLACE + "(?:, ?(?:and )?" + PLACE + ")?(?:, ?(?:and )?" + PLACE + ")?"
                    + "(?:,? ?-{1,2} ?\\([^)\\n]{2,40}\\) ?-{1,2} ?|,? ?[/–—-]? ?| ?\\([^)\\n]{2,40}\\) ?[–—-]? ?)"
                    // "Shenyang, China (March 5, 2009) –": the date may stand in parentheses.
                    + "\\(?(?:" + MONTHS + " (\\d{1,2}),? (\\d{4})|(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS + ",? (\\d{4}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("for", "dated", "date", "as", "on", "in", "the",
            "at", "by", "of", "from", "to", "since", "until", "through", "effective", "report", "month", "signed", "period", "ended",
            "press", "release", "news", "year", "quarter", "exhibit", "item", "attached", "fiscal", "copy", "issued", "announced", "this", "balance", "total", "during");
    private static final java.util.Set<String> NOT_IN_PLACES = java.util.Set.of("dated", "is", "was", "are", "were", "signed", "held", "at", "ended",
            "agreement", "amendment", "contract", "plan");

    /** A line that opens with the date alone: "May 6, 2010 -- Alexco …", "For Immediate Release – February 5, 2009". */
    private static final Pattern DATE_FIRST = Pattern.compile(
            // A date alone on its line is a stamp or a signature date; a release's date runs on into its text.
            "(?m)^(?:For Immediate Release ?[–—:-]{1,2} ?" + MONTHS + " (\\d{1,2}),? (\\d{4})|" + MONTHS + " (\\d{1,2}),? (\\d{4}) ?(?:[–—]|-{1,2}))",
            Pattern.CASE_INSENSITIVE);

    /** How far into a document a dateline is looked for: it opens a release. */
    static final int WINDOW = 6000;

    private DatelineFinder() {}

    record Found(Dateline dateline, int lineStart) {}

    /**
     * A date alone on its line, or in the first cell of a table row beside the listing:
     * "June 10, 2009", "31 August 2010", "June 10, 2009⇥TSX-V Trading Symbol: ASX".
     */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?m)^[ \\t]{0,4}(?:" + MONTHS + " (\\d{1,2}),? (\\d{4})|(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS + ",? (\\d{4}))[ ]*(?:\\t[^\\n]{0,200})?$",
            Pattern.CASE_INSENSITIVE);
    /** A wire-service dateline that prints no year: "CALGARY, March 18 /CNW/ -", "TORONTO, May 5 (Marketwire) --". */
    private static final Pattern NO_YEAR = Pattern.compile(
            "(?m)^" + PLACE + "(?:, ?" + PLACE + ")?, ?" + MONTHS + " (\\d{1,2}) ?(?:/[A-Za-z ]{2,20}/|\\([A-Za-z ]{2,20}\\)) ?(?:[–—]|-{1,2})");

    /** The most releases read in one document. */
    static final int MAX_RELEASES = 12;
    /** A later release's dateline runs on into its text: this much of the line must follow the date. */
    private static final int RUN_ON = 20;
    /** The place a date-first release names on its next line: "VANCOUVER, BRITISH COLUMBIA – Ballard …". */
    private static final Pattern PLACE_LINE = Pattern.compile("^\\s{0,4}([A-Z][A-Za-z.'\\-]{1,25}(?: [A-Z][A-Za-z.'\\-]{1,25}){0,2})"
            + "(?:, ?([A-Z][A-Za-z.'\\-]{1,25}(?: [A-Z][A-Za-z.'\\-]{1,25}){0,2}))?\\s?(?:[–—]|-{1,2})\\s");

    /**
     * Every release of a document: {@code first}, the one near its top (from {@link #find} or the
     * fallbacks; null if none), then each later one that opens a line and runs on into its text
     * ("Zurich, Switzerland, Oct. 8, 2009 — ABB said …"): a 6-K often carries several releases in
     * one document, and minutes or a notice may come before the first.
     */
    static List<Found> findAll(String text, Found first) {
        List<Found> out = new ArrayList<>();
        if (first != null) out.add(withPlaceBelow(text, first));
        // A dateline opens a line with a capital: only line starts are tried, found by jumping from line to line.
        int n = text.length();
        int from = first == null ? 0 : Math.min(n, first.dateline().span().end());
        Matcher m = DATELINE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int line = from == 0 ? 0 : lineStartFrom(text, from); line >= 0 && line < n && out.size() < MAX_RELEASES; ) {
            int next = lineStartFrom(text, line + 1);
            if (Character.isUpperCase(text.charAt(line)) && yearAhead(text, line, 160) && monthAhead(text, line, 160)
                    && m.region(line, n).lookingAt()) {
                // The text must run on in the dateline's own cell: "Zurich, May 5, 2009⇥Jane Roe" is a place and date signed.
                int lineEnd = text.indexOf('\n', m.end());
                if (lineEnd < 0) lineEnd = n;
                for (int k = m.end(); k < lineEnd; k++) if (text.charAt(k) == '\t') { lineEnd = k; break; }
                if (lineEnd - m.end() >= RUN_ON && dash(text, m.end(), lineEnd)) {
                    Found f = found(m);
                    if (f != null) out.add(f);
                }
                next = lineStartFrom(text, m.end()); // the text a match took is not tried again
            }
            line = next;
        }
        return out;
    }

    /** The first line start at or after {@code k} (k > 0), or -1 when no line starts there. */
    private static int lineStartFrom(String text, int k) {
        int nl = text.indexOf('\n', k - 1);
        return nl < 0 ? -1 : nl + 1;
    }

    /**
     * Whether a dash (or a wire's "/PRNewswire/", "(BUSINESS WIRE)") follows the date: a dateline's
     * mark, which "During the year ended November 30, 2005, the Company …" lacks.
     */
    private static boolean dash(String text, int from, int to) {
        int k = from;
        while (k < to && text.charAt(k) == ' ') k++;
        if (k >= to) return false;
        char c = text.charAt(k);
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '/' || c == '(' || c == ':';
    }

    /**
     * "Zurich, May 5, 2009⇥Jane Roe": a place and date in a row's first cell with more than a
     * label beside it is where and when something was signed, not a dateline.
     */
    private static boolean besideAName(String text, int dateEnd) {
        int k = dateEnd;
        while (k < text.length() && text.charAt(k) == ' ') k++;
        if (k >= text.length() || text.charAt(k) != '\t') return false;
        int lineEnd = text.indexOf('\n', k);
        String rest = text.substring(k + 1, lineEnd < 0 ? text.length() : lineEnd).strip();
        return !rest.isEmpty() && !PressReleaseStage.isLabel(rest);
    }

    /** Farther than the longest dateline the pattern admits (three places, a wire credit, the date). */
    private static final int LINE_REACH = 400;
    private static final String[] MONTH_STARTS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /** Whether a word opening with a month's first three letters is printed within the first characters of the line at {@code i}: every dateline names its month. */
    private static boolean monthAhead(String text, int i, int reach) {
        int end = Math.min(text.length(), i + reach);
        for (int k = i; k + 3 <= end; k++) {
            char c = text.charAt(k);
            if (c == '\n') return false;
            if (!Character.isLetter(c) || k > 0 && Character.isLetter(text.charAt(k - 1))) continue;
            for (String m : MONTH_STARTS) if (text.regionMatches(true, k, m, 0, 3)) return true;
        }
        return false;
    }

    /** Whether a year (19xx, 20xx) is printed within the first characters of the line at {@code i}: every dateline prints one. */
    private static boolean yearAhead(String text, int i, int reach) {
        int end = Math.min(text.length(), i + reach);
        for (int k = i; k + 3 < end; k++) {
            char c = text.charAt(k);
            if (c == '\n') return false;
            if ((c == '1' && text.charAt(k + 1) == '9' || c == '2' && text.charAt(k + 1) == '0')
                    && Character.isDigit(text.charAt(k + 2)) && Character.isDigit(text.charAt(k + 3))) return true;
        }
        return false;
    }

    /** For a release opened by its date alone, the place printed at the start of the next line, if any. */
    private static Found withPlaceBelow(String text, Found f) {
        if (f.dateline().city() != null) return f;
        int nl = text.indexOf('\n', f.dateline().span().end());
        if (nl < 0) return f;
        int next = nl + 1;
        while (next < text.length() && (text.charAt(next) == '\n' || text.charAt(next) == ' ')) next++;
        Matcher p = PLACE_LINE.matcher(text).region(next, Math.min(text.length(), next + 120));
        if (!p.lookingAt()) return f;
        String first = p.group(1).split("[ .]", 2)[0].toLowerCase(Locale.ROOT);
        if (NOT_PLACES.contains(first) || first.equals("for")) return f;
        Dateline d = f.dateline();
        String region = p.group(2) == null ? null : titleCaseIfUpper(p.group(2));
        return new Found(new Dateline(titleCaseIfUpper(p.group(1)), region, null, d.date(), d.span()), f.lineStart());
    }

    private static Found found(java.util.regex.MatchResult m) {
        String monthName = m.group(4) != null ? m.group(4) : m.group(8);
        String day = m.group(4) != null ? m.group(5) : m.group(7);
        String year = m.group(4) != null ? m.group(6) : m.group(9);
        String date = isoDate(monthName, day, year);
        if (date == null) return null;
        String first = m.group(1);
        // No part of the place opens with a cover word ("For the month of", "Dated:"); "This notice is dated": a verb
        // makes the words before the date a phrase, not a place ("Isle of Man" is one); "VOTING AGREEMENT, dated as
        // of January 21, 2010" opens a contract, its second part no region.
        for (int g = 1; g <= 3; g++) {
            if (m.group(g) == null) continue;
            String[] parts = m.group(g).split("[ .]");
            if (NOT_PLACES.contains(parts[0].toLowerCase(Locale.ROOT))) return null;
            for (String word : parts) if (NOT_IN_PLACES.contains(word.toLowerCase(Locale.ROOT))) return null;
        }
        String city = titleCaseIfUpper(first);
        String region = m.group(3) != null ? titleCaseIfUpper(m.group(2)) : null;
        String country = m.group(3) != null ? titleCaseIfUpper(m.group(3)) : m.group(2) != null ? titleCaseIfUpper(m.group(2)) : null;
        return new Found(new Dateline(city, region, country, date, new Span(m.start(), m.end())), m.start());
    }

    /**
     * A release opened by a date alone on its line, its headline on the next line that is not a label
     * or a ticker ("NEWS RELEASE⏎June 10, 2009⏎TSX-V Trading Symbol: ASX⏎ALBERTA STAR … FILES …").
     */
    static Found dateAlone(String text) {
        Matcher d = DATE_LINE.matcher(text);
        int to = Math.min(text.length(), WINDOW);
        for (int from = 0; sixk.text.Scan.findAtLineStart(d, text, from, to); from = Math.max(d.end(), d.start() + 1)) {
            String date = d.group(1) != null ? isoDate(d.group(1), d.group(2), d.group(3)) : isoDate(d.group(5), d.group(4), d.group(6));
            if (date == null) continue;
            if (PressReleaseStage.headlineBelow(text, d.end()) == null) continue;
            int s = d.start();
            int e = d.group(3) != null ? d.end(3) : d.end(6);
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            return new Found(new Dateline(null, null, null, date, new Span(s, e)), d.start());
        }
        return null;
    }

    /**
     * A wire dateline without its year: the year is the filing's ({@code year}, from its header or
     * cover), an inference the caller reports.
     */
    static Found noYear(String text, String year) {
        if (year == null) return null;
        Matcher m = NO_YEAR.matcher(text);
        int to = Math.min(text.length(), WINDOW);
        for (int from = 0; sixk.text.Scan.findAtLineStart(m, text, from, to); from = Math.max(m.end(), m.start() + 1)) {
            String first = m.group(1);
            if (NOT_PLACES.contains(first.split("[ .]", 2)[0].toLowerCase(Locale.ROOT))) continue;
            String date = isoDate(m.group(3), m.group(4), year);
            if (date == null) continue;
            String region = m.group(2) == null ? null : titleCaseIfUpper(m.group(2));
            return new Found(new Dateline(titleCaseIfUpper(first), region, null, date, new Span(m.start(), m.end())), m.start());
        }
        return null;
    }

    static Found find(String text) {
        Found[] first = {null};
        // A dateline opens a line: only line starts are tried.
        sixk.text.Scan.matches(DATELINE, text, 0, Math.min(text.length(), WINDOW),
                (t, i) -> first[0] == null && (i == 0 || t.charAt(i - 1) == '\n') && yearAhead(t, i, LINE_REACH) && monthAhead(t, i, LINE_REACH), m -> {
            // "For the month of", "Dated:", "As of", "Press release dated" are cover and signature lines, not places.
            if (first[0] != null || besideAName(text, m.end())) return;
            first[0] = found(m);
        });
        if (first[0] != null) return first[0];
        // No place before the date: the date alone opens the release (the place, if any, is unknown).
        Matcher d = DATE_FIRST.matcher(text);
        int to = Math.min(text.length(), WINDOW);
        for (int from = 0; sixk.text.Scan.findAtLineStart(d, text, from, to); from = Math.max(d.end(), d.start() + 1)) {
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
