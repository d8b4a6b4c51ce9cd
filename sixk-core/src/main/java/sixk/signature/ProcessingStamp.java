package sixk.signature;

import sixk.cover.Lines;
import sixk.cover.PrintedDate;
import sixk.record.Span;
import sixk.record.Stamp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receipt and processing stamps that a scan of a paper filing carries into its text, e.g.
 * <pre>
 * PROCESSED
 * SEP 23 2002
 * THOMSON
 * FINANCIAL
 * </pre>
 * A stamp is a word of the stamp ("PROCESSED", "RECEIVED") alone on its line, a date on the same
 * or one of the next two lines, and, after the date, up to two short capitalised lines naming who
 * stamped it ("THOMSON FINANCIAL", "OFFICE OF INTERNATIONAL CORPORATE FINANCE"). OCR splits digits
 * ("SEP 2 3 2002"), so a day may be printed as two single digits.
 */
public final class ProcessingStamp {
    private static final Pattern KEYWORD = Pattern.compile("^(PROCESSED|RECEIVED|FILED|ENTERED)\\b[\\s:.]*", Pattern.CASE_INSENSITIVE);
    /** "SEP 23 2002", "SEP 2 3 2002", "23 SEP 2002", "September 23, 2002", "2002 SEP 23". */
    private static final Pattern STAMP_DATE = Pattern.compile(
            "(?i)(?:" + PrintedDate.MONTH + "\\s*(\\d\\s?\\d?)\\s*,?\\s*((?:19|20)\\d\\s?\\d)"
                    + "|(\\d\\s?\\d?)\\s*" + PrintedDate.MONTH + "\\s*,?\\s*((?:19|20)\\d\\s?\\d)"
                    + "|((?:19|20)\\d{2})\\s*" + PrintedDate.MONTH + "\\s*(\\d\\s?\\d?))");
    /** A line that may name the stamper: short, capitalised, no digits. */
    private static final Pattern AGENCY_LINE = Pattern.compile("^[A-Z][A-Z&.,' -]{1,40}$");
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private ProcessingStamp() {}

    /** Every stamp in {@code text}. */
    public static List<Stamp> find(String text, int document) {
        List<Stamp> out = new ArrayList<>();
        if (!mayHoldStamp(text)) return out;
        Lines lines = Lines.of(text);
        for (int i = 0; i < lines.count(); i++) {
            if (lines.blank(i)) continue;
            String t = lines.trimmed(i);
            Matcher k = KEYWORD.matcher(t);
            if (!k.lookingAt() || !t.equals(t.toUpperCase(Locale.ROOT))) continue;
            // The date: on the keyword's line after it, or alone on one of the next two lines.
            int dateLine = -1;
            LocalDate date = null;
            String rest = t.substring(k.end());
            if (!rest.isBlank()) {
                date = stampDate(rest, true);
                if (date == null) continue;
                dateLine = i;
            } else {
                for (int j = i + 1, seen = 0; j < lines.count() && seen < 2; j++) {
                    if (lines.blank(j)) continue;
                    seen++;
                    date = stampDate(lines.trimmed(j), true);
                    if (date != null) { dateLine = j; break; }
                }
                if (date == null) continue;
            }
            List<String> by = new ArrayList<>();
            int last = dateLine;
            for (int j = dateLine + 1, seen = 0; j < lines.count() && seen < 2; j++) {
                if (lines.blank(j)) continue;
                seen++;
                String a = lines.trimmed(j);
                if (!AGENCY_LINE.matcher(a).matches() || KEYWORD.matcher(a).lookingAt()) break;
                by.add(a);
                last = j;
            }
            Span span = new Span(lines.trimStart(i), lines.trimEnd(last));
            String printed = WHITE.matcher(span.of(text)).replaceAll(" ");
            out.add(new Stamp(printed, date.toString(), by.isEmpty() ? null : titleCase(String.join(" ", by)), document, span));
            i = last;
        }
        return out;
    }

    /** A cheap test first: most documents carry no stamp word in capitals. */
    private static boolean mayHoldStamp(String text) {
        return text.contains("PROCESSED") || text.contains("RECEIVED") || text.contains("FILED") || text.contains("ENTERED");
    }

    /** The date of a stamp line; with {@code whole}, the line must be the date and nothing else. */
    static LocalDate stampDate(String line, boolean whole) {
        Matcher m = STAMP_DATE.matcher(line);
        if (!(whole ? m.matches() : m.find())) return null;
        try {
            if (m.group(1) != null) return LocalDate.of(year(m.group(3)), PrintedDate.month(m.group(1)), day(m.group(2)));
            if (m.group(4) != null) return LocalDate.of(year(m.group(6)), PrintedDate.month(m.group(5)), day(m.group(4)));
            return LocalDate.of(Integer.parseInt(m.group(7)), PrintedDate.month(m.group(8)), day(m.group(9)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int day(String s) { return Integer.parseInt(WHITE.matcher(s).replaceAll("")); }

    private static int year(String s) { return Integer.parseInt(WHITE.matcher(s).replaceAll("")); }

    /** "THOMSON FINANCIAL" → "Thomson Financial"; short words of the agency's name stay lower case. */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (String w : WHITE.split(s.strip())) {
            if (b.length() > 0) b.append(' ');
            String l = w.toLowerCase(Locale.ROOT);
            if (b.length() > 0 && (l.equals("of") || l.equals("and") || l.equals("the") || l.equals("for"))) b.append(l);
            else b.append(Character.toUpperCase(l.charAt(0))).append(l, 1, l.length());
        }
        return b.toString();
    }
}
