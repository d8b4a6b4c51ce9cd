package sixk.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The garbage-free scorer gives Lucene's scores exactly, so snippets are chosen as before. */
class SentenceScorerTest {
    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        PassageScorer lucene = new PassageScorer();
        SentenceScorer ours = new SentenceScorer();
        String[] words = {"milestone", "payment", "servier", "million", "payments"};
        Random random = new Random(7);
        for (int k = 0; k < 2_000; k++) {
            Passage p = new Passage();
            int start = random.nextInt(50_000), at = start;
            int matches = random.nextInt(12);
            p.setStartOffset(start);
            p.setEndOffset(Integer.MAX_VALUE);
            for (int m = 0; m < matches; m++) {
                String w = words[random.nextInt(words.length)];
                at += 1 + random.nextInt(40);
                // A term's frequency in the document is the same at each of its matches, as the highlighter gives it.
                p.addMatch(at, at + w.length(), new BytesRef(w), 1 + Math.floorMod(w.hashCode(), 30));
                at += w.length();
            }
            p.setEndOffset(at + 1 + random.nextInt(100));
            int contentLength = p.getEndOffset() + random.nextInt(100_000);
            assertThat(ours.score(p, contentLength)).isEqualTo(lucene.score(p, contentLength));
        }
    }
}
