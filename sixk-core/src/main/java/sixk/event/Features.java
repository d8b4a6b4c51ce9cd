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
