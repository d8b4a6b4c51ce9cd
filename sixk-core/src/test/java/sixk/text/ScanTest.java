package sixk.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Scan#findFrom} and {@link Scan#findAtLineStart}: the same matches as {@link Matcher#find()},
 * found only where the pattern's opening word is spelled, or only at line starts.
 */
class ScanTest {
    private static final Pattern LABEL = Pattern.compile("(?<!\\()\\bcommission\\s+file\\s+(?:number|no\\.?)s?\\s*[:.]?", Pattern.CASE_INSENSITIVE);

    /** Where find() over text[from, to) (to -1: the end) and findFrom agree, the match found, else -1. */
    private static int both(Pattern p, String text, int from, int to, String start) {
        if (to < 0) to = text.length();
        Matcher f = p.matcher(text).region(from, to).useTransparentBounds(true);
        int expected = f.find() ? f.start() : -1;
        Matcher m = p.matcher(text);
        int actual = Scan.findFrom(m, text, from, to, start) ? m.start() : -1;
        assertThat(actual).as(text).isEqualTo(expected);
        if (actual >= 0) assertThat(m.end()).isEqualTo(f.end());
        return actual;
    }

    @Test
    void findsWhatFindFindsInAnyCase() {
        assertThat(both(LABEL, "SEC COMMISSION FILE NUMBER: 001-14928", 0, -1, "commission")).isEqualTo(4);
        assertThat(both(LABEL, "Commission file no. 0-29922", 0, -1, "commission")).isZero();
        // The lookbehind sees before the place tried: "(Commission File Number)" is a caption, not a label.
        assertThat(both(LABEL, "001-14928\n(Commission File Number)", 0, -1, "commission")).isEqualTo(-1);
        // "commission" spelled where the pattern fails, then where it holds.
        assertThat(both(LABEL, "The commission agreed. Commission File Number 333-12345", 0, -1, "commission")).isEqualTo(23);
        // Not past the end given, nor before the start.
        assertThat(both(LABEL, "Commission File Number 1", 1, -1, "commission")).isEqualTo(-1);
        assertThat(both(LABEL, "x Commission File Number", 0, 12, "commission")).isEqualTo(-1);
    }

    /** Every match of a (?m)^ pattern over text[0, to), found by find() and by findAtLineStart, as start-end pairs. */
    private static java.util.List<String> lineMatches(Pattern p, String text, int to, boolean atLineStarts) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = p.matcher(text);
        if (!atLineStarts) {
            m.region(0, to);
            while (m.find()) out.add(m.start() + "-" + m.end());
        } else {
            for (int from = 0; Scan.findAtLineStart(m, text, from, to); from = Math.max(m.end(), m.start() + 1)) out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void atLineStartsFindsWhatFindFinds() {
        // Line ends of every kind, \r\n among them (no line starts between its two characters), and a line cut by the end given.
        Pattern date = Pattern.compile("(?m)^[ ]{0,2}(May|June) (\\d{1,2}), (\\d{4})[ ]*$", Pattern.CASE_INSENSITIVE);
        String text = "May 6, 2010\nJune 1, 2009\r\nMay 2, 2011\rJune 3, 2012\u2028 may 4, 2013\u0085June 5, 2014 x\nMay 7, 2015";
        java.util.List<String> found = lineMatches(date, text, text.length(), false);
        assertThat(found).hasSize(6);
        assertThat(lineMatches(date, text, text.length(), true)).isEqualTo(found);
        // Cut by the end given, the last line still ends there, for $ as for find().
        assertThat(lineMatches(date, text, text.length() - 3, true)).isEqualTo(lineMatches(date, text, text.length() - 3, false));
        // Random texts of a few characters and line ends, against find().
        java.util.Random random = new java.util.Random(7);
        // The second pattern can open on a line end, where \r\n must not count as two.
        Pattern[] patterns = {Pattern.compile("(?m)^a+b?$?"), Pattern.compile("(?m)^\\s*a+")};
        String alphabet = "aab\n\r\u2028 ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = b.toString();
            int to = t.isEmpty() ? 0 : random.nextInt(t.length() + 1);
            for (Pattern p : patterns) {
                assertThat(lineMatches(p, t, to, true)).as(t.replace("\n", "\\n").replace("\r", "\\r")).isEqualTo(lineMatches(p, t, to, false));
            }
        }
    }
}
