package sixk.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The classifier's view of a text: the set of its words (three letters or more, not stop words)
 * and of its adjacent word pairs ("milestone payment"). Binary features: a word said ten times
 * weighs as much as once, so long tables do not drown the narrative.
 */
public final class Features {
    /** How much of a filing the classifier reads: the news is told at the top. */
    public static final int MAX_CHARS = 60_000;
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "from", "are", "was", "were", "has",
            "have", "had", "its", "our", "will", "which", "such", "been", "not", "any", "all", "other", "may", "than", "into", "their",
            "these", "those", "also", "each", "upon", "under", "there", "would", "could", "should", "shall", "being", "more", "about");

    private Features() {}

    /**
     * The features of a filing's prose documents read in order, with 8-K item headings blanked:
     * what the event stage gives the model, and what {@code sixk train} trains it on.
     */
    public static Set<String> ofDocuments(List<String> texts) {
        StringBuilder narrative = new StringBuilder();
        for (String t : texts) {
            if (narrative.length() >= MAX_CHARS) break;
            String read = EventStage.maskItemHeadings(t);
            narrative.append(read, 0, Math.min(read.length(), MAX_CHARS - narrative.length())).append('\n');
        }
        return of(narrative);
    }

    /**
     * The same features as {@link #ofDocuments} as 64-bit hashes ({@link #hash}, {@link #pair}),
     * sorted and distinct, from texts whose item headings are already blanked: scoring a filing
     * builds no strings.
     */
    public static long[] hashes(List<String> maskedTexts) {
        long[][] out = {new long[1024]};
        int[] n = {0};
        long[] prev = {0};
        int[] budget = {MAX_CHARS};
        for (String t : maskedTexts) {
            if (budget[0] <= 0) break;
            int to = Math.min(t.length(), budget[0]);
            budget[0] -= to + 1;
            Words.scan(t, 0, to, (start, end, buf, len) -> {
                if (len < 3) return;
                long h = hash(buf, len);
                if (STOP_HASHES.contains(h)) { prev[0] = 0; return; }
                add(out, n, h);
                if (prev[0] != 0) add(out, n, pair(prev[0], h));
                prev[0] = h;
            });
        }
        long[] a = java.util.Arrays.copyOf(out[0], n[0]);
        java.util.Arrays.sort(a);
        int k = 0;
        for (int i = 0; i < a.length; i++) if (i == 0 || a[i] != a[i - 1]) a[k++] = a[i];
        return java.util.Arrays.copyOf(a, k);
    }

    private static void add(long[][] out, int[] n, long h) {
        if (n[0] == out[0].length) out[0] = java.util.Arrays.copyOf(out[0], n[0] * 2);
        out[0][n[0]++] = h;
    }

    /** FNV-1a over a word's characters; never 0. */
    static long hash(char[] buf, int len) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < len; i++) { h ^= buf[i]; h *= 0x100000001b3L; }
        return h == 0 ? 1 : h;
    }

    static long hash(String word) { return hash(word.toCharArray(), word.length()); }

    /** The hash of the word pair "a b". */
    static long pair(long a, long b) { return a * 0x9E3779B97F4A7C15L + b; }

    /** The hash of a feature as {@link #of} writes it: a word, or two joined by a space. */
    static long hashOf(String feature) {
        int sp = feature.indexOf(' ');
        return sp < 0 ? hash(feature) : pair(hash(feature.substring(0, sp)), hash(feature.substring(sp + 1)));
    }

    /** The stop words' hashes: looked up a word at a time without boxing it. */
    private static final WordTable STOP_HASHES = WordTable.of(STOP.stream().mapToLong(Features::hash).toArray(), STOP.stream().mapToLong(w -> 1L).toArray());

    public static Set<String> of(CharSequence text) {
        Set<String> out = new HashSet<>();
        String[] prev = {null};
        Words.scan(text, 0, Math.min(text.length(), MAX_CHARS), (start, end, buf, len) -> {
            if (len < 3) return;
            String w = new String(buf, 0, len);
            if (STOP.contains(w)) { prev[0] = null; return; }
            out.add(w);
            if (prev[0] != null) out.add(prev[0] + ' ' + w);
            prev[0] = w;
        });
        return out;
    }
}
