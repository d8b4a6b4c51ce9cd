package sixk.cover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Commission file number as printed: after "Commission File Number:" (same line or the next),
 * or above the caption "(Commission File Number)" of 8-K and 10-K covers. A blank ("______") is
 * null: the record holds what the document prints, not the header's number.
 */
final class CommissionFileNumber {
    private static final Pattern LABEL = Pattern.compile("(?<!\\()\\bcommission\\s+file\\s+(?:number|no\\.?)s?\\s*[:.]?", Pattern.CASE_INSENSITIVE);
    /** "(Commission File Number)", also when a table cell breaks it after "(Commission". */
    private static final Pattern CAPTION = Pattern.compile("\\(\\s*commission\\b(?:\\s+file\\s+(?:number|no\\.?)s?\\s*\\)?)?", Pattern.CASE_INSENSITIVE);
    /** 001-14928, 0-29922, 333-12345, 001-14624-05; not an IRS number (two digits, seven digits) nor a phone. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\d-])\\d{1,3}\\s?[-\u2010\u2011\u2013]\\s?\\d{3,6}(?:-\\d{1,3})?(?![\\d-])");
    /** How many printed lines above its caption a number may stand (state, number, IRS number, and their captions). */
    private static final int CAPTION_REACH = 8;
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[\\s_.:-]*$");

    private CommissionFileNumber() {}

    /** The number printed in lines [0, limit), or null. */
    static String find(Lines lines, int limit) {
        String text = lines.text();
        int end = lines.end(Math.max(0, limit - 1));
        Matcher label = LABEL.matcher(text);
        if (sixk.text.Scan.findFrom(label, text, 0, end, "commission")) {
            int line = lines.lineAt(label.start());
            String rest = text.substring(label.end(), lines.end(line));
            Matcher n = NUMBER.matcher(rest);
            if (n.find() && rest.substring(0, n.start()).strip().length() <= 2) return normalize(n.group());
            if (LETTER.matcher(rest).find()) {
                // A row of captions ("State of incorporation  Commission File Number  IRS Employer …") under its values.
                String above = numberAbove(lines, line);
                if (above != null) return normalize(above);
            }
            if (PLACEHOLDER.matcher(rest).matches()) {
                // The number on the next line, alone.
                int next = lines.nextNonBlank(line);
                if (next >= 0 && next < limit) {
                    String t = lines.trimmed(next);
                    Matcher nn = NUMBER.matcher(t);
                    if (nn.find() && nn.start() == 0 && nn.end() == t.length()) return normalize(nn.group());
                }
            }
            return null;
        }
        Matcher caption = CAPTION.matcher(text);
        if (sixk.text.Scan.findFrom(caption, text, 0, end, "(")) {
            String last = numberAbove(lines, lines.lineAt(caption.start()));
            if (last != null) return normalize(last);
        }
        return null;
    }

    /** A caption is printed under its value: the nearest number above line {@code line}, within a few printed lines. */
    private static String numberAbove(Lines lines, int line) {
        int top = line;
        for (int seen = 0; top > 0 && seen < CAPTION_REACH; ) if (!lines.blank(--top)) seen++;
        Matcher n = NUMBER.matcher(lines.text()).region(lines.start(top), lines.start(line));
        String last = null;
        while (n.find()) last = n.group();
        return last;
    }

    private static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') continue;
            b.append(Character.isDigit(c) ? c : '-');
        }
        return b.toString();
    }
}
