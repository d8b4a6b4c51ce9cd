package sixk.text;

import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} tried only where a match can start. A pattern that opens with a currency
 * mark, a capital or a digit cannot match at the other ninety-odd per cent of positions, but the
 * regex engine would try them all; the caller's cheap test skips them, so long texts are read at
 * the speed of a character loop. Matches are the same as find() would give wherever the test
 * admits every position a match can start at. Positions whose character no match can begin with
 * ({@link StartChars}) are skipped before the caller's test.
 */
public final class Scan {
    /** Whether a match may start at {@code i} of {@code text}. */
    @FunctionalInterface
    public interface Start {
        boolean at(String text, int i);
    }

    private Scan() {}

    public static void matches(Pattern pattern, String text, int from, int to, Start start, Consumer<MatchResult> out) {
        matches(pattern.matcher(text), text, from, to, start, out);
    }

    /** The same with a matcher the caller reuses over one text (it must have been made for {@code text}). */
    public static void matches(Matcher m, String text, int from, int to, Start start, Consumer<MatchResult> out) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        StartChars first = StartChars.of(m.pattern());
        int i = from;
        while (i < to) {
            if (!first.admits(text, i, to) || !start.at(text, i)) { i++; continue; }
            m.region(i, to);
            if (m.lookingAt()) {
                out.accept(m.toMatchResult());
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
    }

    /**
     * The same, trying only {@code positions} (ascending): the word starts of a text, computed once
     * and shared by every finder that reads it, so that each pattern visits a fraction of the text.
     */
    public static void matchesAt(Pattern pattern, String text, int[] positions, Start start, Consumer<MatchResult> out) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        StartChars first = StartChars.of(pattern);
        int after = 0, n = text.length();
        for (int i : positions) {
            if (i < after || !first.admits(text, i) || !start.at(text, i)) continue;
            m.region(i, n);
            if (m.lookingAt()) {
                out.accept(m.toMatchResult());
                after = Math.max(m.end(), i + 1);
            }
        }
    }

    /**
     * The first match within text[from, to) that starts at one of {@code positions} (ascending, as
     * {@link #starts} gives them) admitted by {@code start}, or null: a short span of a long text is
     * tried at its word starts, found by binary search, without walking its characters.
     */
    public static MatchResult firstAt(Matcher m, String text, int[] positions, int from, int to, Start start) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        StartChars first = StartChars.of(m.pattern());
        int k = java.util.Arrays.binarySearch(positions, from);
        for (k = k < 0 ? -k - 1 : k; k < positions.length && positions[k] < to; k++) {
            int i = positions[k];
            if (!first.admits(text, i, to) || !start.at(text, i)) continue;
            if (m.region(i, to).lookingAt()) return m.toMatchResult();
        }
        return null;
    }

    /**
     * {@code m.find()} within text[from, to), tried only where {@code start} (ASCII, any case) is
     * spelled: every match of the pattern must begin with it. The regex engine tries a pattern that
     * ignores case at every position of the text. Lookbehinds and word boundaries see the text
     * around the region, as they would in a find over the whole text.
     */
    public static boolean findFrom(Matcher m, String text, int from, int to, String start) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        char first = Character.toLowerCase(start.charAt(0));
        for (int i = Math.max(0, from), last = to - start.length(); i <= last; i++) {
            char c = text.charAt(i);
            // ASCII lower-cased by a bit (a stray match is refused by regionMatches below).
            if ((c < 128 ? (char) (c | 0x20) : Character.toLowerCase(c)) != first) continue;
            if (!text.regionMatches(true, i, start, 0, start.length())) continue;
            if (m.region(i, to).lookingAt()) return true;
        }
        return false;
    }

    /**
     * {@code m.find()} within text[from, to) for a pattern that opens with {@code (?m)^}: every
     * match starts a line, so only line starts are tried (the regex engine tries every position and
     * refuses all but those), and of those only where its first characters can open a match
     * ({@link StartChars}). The matcher keeps its own bounds, and {@code from} is a line start
     * only if the text's start or a line terminator is before it, as for find().
     */
    public static boolean findAtLineStart(Matcher m, String text, int from, int to) {
        StartChars first = StartChars.of(m.pattern());
        for (int i = Math.max(0, from); i < to; i++) {
            if ((i == 0 || lineStart(text, i)) && first.admits(text, i, to) && m.region(i, to).lookingAt()) return true;
        }
        return false;
    }

    /** Whether a (?m)^ matches at {@code i > 0}: after a line terminator, but not between \r and \n. */
    private static boolean lineStart(String text, int i) {
        char p = text.charAt(i - 1);
        if (p == '\n' || p == '\u0085' || p == '\u2028' || p == '\u2029') return true;
        return p == '\r' && text.charAt(i) != '\n';
    }

    /** A character the regex {@code \\s} matches (without UNICODE_CHARACTER_CLASS): space, tab, line breaks, vertical tab, form feed. */
    public static boolean blank(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** {@link Character#isLetterOrDigit} for ASCII, looked up: most of a filing's characters are ASCII. */
    private static final boolean[] ASCII_ALNUM = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
    }

    /** Where words start (a letter or digit after anything else), and where a currency sign or a sign before a digit stands. */
    public static int[] starts(String text) { return starts(text, text.length()); }

    /** The same within text[0, to). */
    public static int[] starts(String text, int to) {
        int[] out = new int[Math.max(16, to / 6)];
        int k = 0;
        boolean prevAlnum = false;
        for (int i = 0, n = text.length(); i < to; i++) {
            char c = text.charAt(i);
            boolean alnum = c < 128 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
            boolean mark = c == '$' || c == '€' || c == '£' || c == '¥' || c == '₩'
                    || (c == '-' || c == '−' || c == '+') && i + 1 < n && Character.isDigit(text.charAt(i + 1));
            if (alnum && !prevAlnum || mark) {
                if (k == out.length) out = java.util.Arrays.copyOf(out, k * 2);
                out[k++] = i;
            }
            prevAlnum = alnum;
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** A letter or digit that opens a word: the character before it is neither. */
    public static boolean wordStart(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c)) return false;
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** A capital letter that opens a word. */
    public static boolean capitalStart(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isUpperCase(c)) return false;
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** A digit that opens a number (not preceded by a letter, digit, point or comma). */
    public static boolean numberStart(String text, int i) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') return false;
        if (i == 0) return true;
        char p = text.charAt(i - 1);
        return !Character.isLetterOrDigit(p) && p != '.' && p != ',';
    }

    /**
     * The word (letters and digits) that starts at {@code i}, lower-cased, or "" when it is longer
     * than {@code max}: callers test it against a short list of words.
     */
    public static String word(String text, int i, int max) {
        int end = i, n = text.length();
        while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
            if (++end - i > max) return "";
        }
        return text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code c} occurs in text[i, i + window). */
    public static boolean ahead(String text, int i, int window, char c) {
        int end = Math.min(text.length(), i + window);
        for (int k = i; k < end; k++) if (text.charAt(k) == c) return true;
        return false;
    }

    /** Whether a digit occurs in text[i, i + window). */
    public static boolean digitAhead(String text, int i, int window) {
        int end = Math.min(text.length(), i + window);
        for (int k = i; k < end; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }
}
