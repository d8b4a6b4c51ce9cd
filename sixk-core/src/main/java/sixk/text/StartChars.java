package sixk.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ASCII characters a pattern's match can begin with, learned from the pattern itself: a match
 * can begin with {@code c} only if matching the one-character text "c" succeeds or runs out of
 * text ({@link Matcher#hitEnd()}). A cue like "(?:reports?|announces?) … results" can then skip
 * every word that starts with another letter before the regex engine is entered. Characters
 * beyond ASCII are always admitted, and so is everything for a pattern with a positive lookbehind,
 * which a one-character text cannot satisfy.
 */
public final class StartChars {
    private static final ConcurrentHashMap<Pattern, StartChars> CACHE = new ConcurrentHashMap<>();
    private static final StartChars ANY = new StartChars(null);

    /** Indexed by ASCII code; null when every character is admitted. */
    private final boolean[] ascii;

    private StartChars(boolean[] ascii) { this.ascii = ascii; }

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
            Matcher m = p.matcher(String.valueOf(c));
            a[c] = m.lookingAt() || m.hitEnd();
            all &= a[c];
        }
        return all ? ANY : new StartChars(a);
    }

    /** Whether a match may begin with {@code c}. */
    public boolean admits(char c) { return ascii == null || c >= 128 || ascii[c]; }
}
