package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;
import sixk.text.Scan;

import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates ("September 19, 2002", "19 September 2002", "Sept. 19, 2002", "2002-09-19") as ISO
 * dates, and periods as RECORD.md writes them: "Q3 2002", "third quarter of 2002", "2002 third quarter", "3Q09" → 2002-Q3;
 * "first half of 2009", "H1 2009", "six months ended June 30, 2009" → 2009-H1; "fiscal 2008",
 * "FY2008", "the year ended December 31, 2001" → 2001; "quarter ended June 30, 2009" → 2009-Q2
 * (the calendar quarter of its last month); "January 2009" → 2009-01.
 */
public final class DateFinder {
    /** A month's name or abbreviation, grouped by first letter (order within a group kept): one capturing group. */
    static final String MONTH = "(J(?:anuary|une|uly|an\\.|un\\.|ul\\.)|F(?:ebruary|eb\\.)|M(?:arch|ay|ar\\.)|A(?:pril|ugust|pr\\.|ug\\.)"
            + "|S(?:eptember|ept?\\.)|O(?:ctober|ct\\.)|N(?:ovember|ov\\.)|D(?:ecember|ec\\.))";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s" + YEAR + "(?!\\d)"
                    + "|(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s" + MONTH + ",?\\s" + YEAR + "(?!\\d)"
                    + "|(?<![\\d-])" + YEAR + "-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final String ORDINAL = "(first|second|third|fourth|1st|2nd|3rd|4th)";
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:"
                    // 1: third quarter (of) (fiscal) 2002
                    + ORDINAL + "[-\\s]quarter(?:\\s(?:of|ended|ending|for))?(?:\\s(?:fiscal|the\\sfiscal\\syear|fiscal\\syear|financial\\syear|FY))?\\s?'?" + YEAR
                    // 3: Q3 2002, Q3 FY2009, Q3'09, 3Q09, 3Q 2009
                    + "|Q([1-4])(?:\\s?(?:FY|fiscal)\\s?|\\s|'|\\s')(\\d{4}|\\d{2})(?!\\d)|([1-4])Q\\s?'?(\\d{4}|\\d{2})(?!\\d)"
                    // 8: first half (of) 2009, H1 2009, 1H09, first six months of 2009
                    + "|(first|second|1st|2nd)\\s(?:half|six\\smonths)(?:\\s(?:of|year|ended|ending))?(?:\\s(?:fiscal|FY))?\\s?" + YEAR
                    + "|H([12])\\s?'?(\\d{4}|\\d{2})(?!\\d)|([12])H\\s?'?(\\d{4}|\\d{2})(?!\\d)"
                    // 15: fiscal 2008, fiscal year 2008, FY2008, FY 08, full year 2009, financial year 2009
                    + "|(?:fiscal(?:\\syear)?|FY|full[-\\s]year|financial\\syear)\\s?'?((?:19|20)\\d{2}|\\d{2})(?!\\d|-F|,\\d)"
                    // 17: (three|six|twelve months|quarter|year) ended Month day, year
                    + "|(three|six|nine|twelve)\\smonths\\s(?:ended|ending)\\s" + MONTH + "\\s\\d{1,2},?\\s" + YEAR
                    + "|(quarter|year|fiscal\\syear|half[-\\s]year|half)\\s(?:ended|ending)\\s" + MONTH + "\\s\\d{1,2},?\\s" + YEAR
                    // 20: 2008 fourth quarter, 2009 first half (the year first)
                    + "|" + YEAR + "\\s(?:fiscal\\s)?" + ORDINAL + "[-\\s]quarter|" + YEAR + "\\s(?:fiscal\\s)?(first|second|1st|2nd)\\s(?:half|six\\smonths)"
                    + ")");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s" + YEAR + "(?!\\d)");

    private DateFinder() {}

    public static void find(String text, int doc, List<Entity> out) { find(text, Scan.starts(text), doc, out); }

    public static void find(String text, int[] starts, int doc, List<Entity> out) {
        int from = out.size();
        Scan.matchesAt(DATE, text, starts, (t, i) -> dayOrYearStart(t, i) || monthStart(t, i), m -> {
            String iso = m.group(1) != null ? iso(m.group(3), m.group(1), m.group(2))
                    : m.group(4) != null ? iso(m.group(6), m.group(5), m.group(4))
                    : iso(m.group(7), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)));
            if (iso != null) out.add(new Entity("date", m.group(), iso, doc, new Span(m.start(), m.end())));
        });
        Scan.matchesAt(PERIOD, text, starts, DateFinder::periodStart, p -> {
            String period = period(p);
            // "the six months ended June 30, 2009" holds a date and is a period; a period inside a date is not.
            if (period == null || insideDate(out, from, p.start(), p.end())) return;
            out.add(new Entity("period", p.group(), period, doc, new Span(p.start(), p.end())));
        });
        Scan.matchesAt(MONTH_YEAR, text, starts, DateFinder::monthStart, my -> {
            if (overlaps(out, from, my.start(), my.end(), false)) return;
            Month month = month(my.group(1));
            if (month == null) return;
            out.add(new Entity("period", my.group(), my.group(2) + "-" + two(month.getValue()), doc, new Span(my.start(), my.end())));
        });
    }

    /** "19 September", "19th September" or "2002-09-19": a number that a date can open with. */
    private static boolean dayOrYearStart(String text, int i) {
        if (!Scan.numberStart(text, i)) return false;
        int k = i, n = text.length();
        while (k < n && k - i < 5 && Character.isDigit(text.charAt(k))) k++;
        int digits = k - i;
        if (digits == 4) return k < n && text.charAt(k) == '-';
        if (digits > 2) return false;
        if (k + 2 < n && Character.isLetter(text.charAt(k))) k += 2; // st, nd, rd, th
        return k + 1 < n && text.charAt(k) == ' ' && "JFMASOND".indexOf(text.charAt(k + 1)) >= 0;
    }

    private static boolean monthStart(String text, int i) {
        return Scan.capitalStart(text, i) && monthPrefix(text, i) && MONTH_WORDS.contains(Scan.word(text, i, 9));
    }

    /** The two first letters a month's name has (Ja, Ju, Fe, Ma, Ap, Au, Se, Oc, No, De): a cheap test before the word is read. */
    private static boolean monthPrefix(String text, int i) {
        if (i + 1 >= text.length()) return false;
        char b = Character.toLowerCase(text.charAt(i + 1));
        return switch (text.charAt(i)) {
            case 'J' -> b == 'a' || b == 'u';
            case 'F', 'S', 'D' -> b == 'e';
            case 'M' -> b == 'a';
            case 'A' -> b == 'p' || b == 'u';
            case 'O' -> b == 'c';
            case 'N' -> b == 'o';
            default -> false;
        };
    }

    private static final java.util.Set<String> MONTH_WORDS = java.util.Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    /** The first letters of the words a period can open with: first … fourth, Q3, 3Q, H1, fiscal, FY, full, six, nine, twelve, quarter, year, half. */
    private static boolean periodStart(String text, int i) {
        if (!Scan.wordStart(text, i) || "fstqhnyFSTQHNY1234".indexOf(text.charAt(i)) < 0) return false;
        if (yearThenPeriodWord(text, i)) return true;
        if (!periodPrefix(text, i)) return false;
        String w = Scan.word(text, i, 8);
        // "3Q09", "Q309", "1H09", "H109": a quarter or half glued to its year.
        if (w.length() >= 2 && (Character.isDigit(w.charAt(0)) && (w.charAt(1) == 'q' || w.charAt(1) == 'h')
                || (w.charAt(0) == 'q' || w.charAt(0) == 'h') && Character.isDigit(w.charAt(1)))) return true;
        return PERIOD_WORDS.contains(w) || w.startsWith("fy");
    }

    /** "2008 fourth quarter", "2009 first half": a year, a blank, then a word that may open an ordinal or "fiscal". */
    private static boolean yearThenPeriodWord(String text, int i) {
        if (i + 6 >= text.length()) return false;
        char a = text.charAt(i), b = text.charAt(i + 1);
        if (!(a == '1' && b == '9' || a == '2' && b == '0') || !Character.isDigit(text.charAt(i + 2)) || !Character.isDigit(text.charAt(i + 3))) return false;
        if (text.charAt(i + 4) != ' ' && text.charAt(i + 4) != '\n') return false;
        return "fstFST1234".indexOf(text.charAt(i + 5)) >= 0;
    }

    /** The two first letters a period word can have: a cheap test before the word is read. */
    private static boolean periodPrefix(String text, int i) {
        if (i + 1 >= text.length()) return false;
        char a = Character.toLowerCase(text.charAt(i)), b = Character.toLowerCase(text.charAt(i + 1));
        return switch (a) {
            case 'f' -> b == 'i' || b == 'o' || b == 'u' || b == 'y';
            case 's' -> b == 'e' || b == 'i';
            case 't' -> b == 'h' || b == 'w';
            case 'q' -> b == 'u' || (b >= '1' && b <= '4');
            case 'h' -> b == 'a' || b == '1' || b == '2';
            case 'n' -> b == 'i';
            case 'y' -> b == 'e';
            default -> b == 's' || b == 'n' || b == 'r' || b == 't' || b == 'q' || b == 'h';
        };
    }

    private static final java.util.Set<String> PERIOD_WORDS = java.util.Set.of("first", "second", "third", "fourth", "1st", "2nd", "3rd",
            "4th", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "h1", "h2", "1h", "2h", "fiscal", "fy", "full", "financial", "three",
            "six", "nine", "twelve", "quarter", "year", "half");

    private static String period(java.util.regex.MatchResult p) {
        if (p.group(1) != null) return p.group(2) + "-Q" + ordinal(p.group(1));
        if (p.group(3) != null) return year(p.group(4)) + "-Q" + p.group(3);
        if (p.group(5) != null) return year(p.group(6)) + "-Q" + p.group(5);
        if (p.group(7) != null) return p.group(8) + "-H" + ordinal(p.group(7));
        if (p.group(9) != null) return year(p.group(10)) + "-H" + p.group(9);
        if (p.group(11) != null) return year(p.group(12)) + "-H" + p.group(11);
        if (p.group(13) != null) return year(p.group(13));
        if (p.group(20) != null) return p.group(20) + "-Q" + ordinal(p.group(21));
        if (p.group(22) != null) return p.group(22) + "-H" + ordinal(p.group(23));
        if (p.group(14) != null) {
            Month end = month(p.group(15));
            if (end == null) return null;
            return switch (p.group(14).toLowerCase(Locale.ROOT)) {
                case "three" -> end.getValue() % 3 == 0 ? p.group(16) + "-Q" + end.getValue() / 3 : null;
                case "six" -> end.getValue() == 6 ? p.group(16) + "-H1" : end.getValue() == 12 ? p.group(16) + "-H2" : null;
                case "twelve" -> p.group(16);
                default -> null;
            };
        }
        if (p.group(17) != null) {
            Month end = month(p.group(18));
            if (end == null) return null;
            String kind = p.group(17).toLowerCase(Locale.ROOT);
            if (kind.startsWith("quarter")) return end.getValue() % 3 == 0 ? p.group(19) + "-Q" + end.getValue() / 3 : null;
            if (kind.startsWith("half")) return end.getValue() == 6 ? p.group(19) + "-H1" : end.getValue() == 12 ? p.group(19) + "-H2" : null;
            return p.group(19);
        }
        return null;
    }

    private static boolean insideDate(List<Entity> out, int from, int start, int end) {
        for (int i = from; i < out.size(); i++) {
            Entity e = out.get(i);
            if (e.kind().equals("date") && e.span().start() <= start && end <= e.span().end()) return true;
        }
        return false;
    }

    private static boolean overlaps(List<Entity> out, int from, int start, int end, boolean datesOnly) {
        for (int i = from; i < out.size(); i++) {
            Entity e = out.get(i);
            if (datesOnly && !e.kind().equals("date")) continue;
            Span s = e.span();
            if (s.start() < end && start < s.end()) return true;
        }
        return false;
    }

    private static int ordinal(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static String year(String y) { return y.length() == 2 ? (y.charAt(0) >= '5' ? "19" : "20") + y : y; }

    static Month month(String printed) {
        String key = printed.replace(".", "").toUpperCase(Locale.ROOT);
        if (key.length() < 3) return null;
        for (Month m : Month.values()) if (m.name().startsWith(key.substring(0, 3))) return m;
        return null;
    }

    private static String iso(String year, String monthName, String day) {
        Month m = month(monthName);
        return m == null ? null : iso(year, m.getValue(), Integer.parseInt(day));
    }

    private static String iso(String year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) return null;
        return year + "-" + two(month) + "-" + two(day);
    }

    private static String two(int v) { return v < 10 ? "0" + v : Integer.toString(v); }
}
