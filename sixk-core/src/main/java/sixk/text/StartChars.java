package sixk.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ASCII characters a pattern's match can begin with, and the pairs of them, learned from the
 * pattern itself: a match can begin with {@code c} only if matching the one-character text "c"
 * succeeds or runs out of text ({@link Matcher#hitEnd()}), and with "cd" only if matching "cd"
 * does. A cue like "(?:reports?|announces?) … results" can then skip every word that does not
 * start with "re" or "an" before the regex engine is entered (each entry resets the matcher's
 * groups, which costs more than the two characters it is refused on). Characters beyond ASCII are
 * always admitted, and so is everything for a pattern with a positive lookbehind, which a short
 * text cannot satisfy.
 */
public final class StartChars {
    private static final ConcurrentHashMap<Pattern, StartChars> CACHE = new ConcurrentHashMap<>();
    private static final StartChars ANY = new StartChars(null, null);

    private final Pattern pattern;
    /** Indexed by ASCII code; null when every character is admitted. */
    private final boolean[] ascii;
    /**
     * For each admitted first character, the second characters admitted after it (128 bits), learned
     * on the first text that has it: most first characters of a pattern never come up in a run.
     */
    private final AtomicReferenceArray<long[]> seconds = new AtomicReferenceArray<>(128);

    private StartChars(Pattern pattern, boolean[] ascii) {
        this.pattern = pattern;
        this.ascii = ascii;
    }

    /** The start characters of {@code p}, computed once per pattern. */
    public static StartChars of(Pattern p) {
        StartChars s = CACHE.get(p);
        if (s == null) {
            s = learn(p);
            // Patterns are static constants: the cache stays as small as the set of patterns.
            CACHE.putIfAbsent(p, s);
        }
        return s;
    }

    private static StartChars learn(Pattern p) {
        if (p.pattern().contains("(?<=")) return ANY;
        boolean[] a = new boolean[128];
        boolean all = true;
        for (char c = 0; c < 128; c++) {
            a[c] = canStart(p, String.valueOf(c));
            all &= a[c];
        }
        return all ? ANY : new StartChars(p, a);
    }

    private static boolean canStart(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.lookingAt() || m.hitEnd();
    }

    /** Whether a match may begin at {@code i} of {@code text}: its character, and the pair it opens. */
    public boolean admits(String text, int i) { return admits(text, i, text.length()); }

    /**
     * The same for a match that must end by {@code end} (a matcher's region): the pair is read only
     * inside it, since a match cut by the region's end may be one that the pair would refuse.
     */
    public boolean admits(String text, int i, int end) {
        if (ascii == null) return true;
        char c = text.charAt(i);
        if (c >= 128) return true;
        if (!ascii[c]) return false;
        if (i + 1 >= end) return true;
        char d = text.charAt(i + 1);
        if (d >= 128) return true;
        long[] after = seconds.get(c);
        if (after == null) seconds.set(c, after = learnSeconds(c));
        return (after[d >> 6] & 1L << d) != 0;
    }

    private long[] learnSeconds(char c) {
        long[] after = new long[2];
        char[] pair = {c, 0};
        for (char d = 0; d < 128; d++) {
            pair[1] = d;
            if (canStart(pattern, new String(pair))) after[d >> 6] |= 1L << d;
        }
        return after;
    }
}
