package sixk.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Scan#findFrom}: the same first match as {@link Matcher#find()}, found only where the pattern's opening word is spelled. */
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
}
