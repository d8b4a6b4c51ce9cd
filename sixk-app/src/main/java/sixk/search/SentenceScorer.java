package sixk.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct terms, times the weight of its place in
 * the document), computed without the hash table Lucene's scorer allocates for every passage: a
 * search for a common word scores thousands of sentences per hit, and those 32 KB tables were
 * 5% of its time. A sentence holds a handful of matches, so distinct terms are found by comparing
 * them pairwise. The sum runs over terms in the order they first occur, as Lucene's does, so the
 * scores are the same to the last bit.
 */
final class SentenceScorer extends PassageScorer {
    @Override public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < n; i++) {
            if (seenBefore(terms, i)) continue;
            int inPassage = 1;
            for (int j = i + 1; j < n; j++) if (terms[j].bytesEquals(terms[i])) inPassage++;
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) if (terms[j].bytesEquals(terms[i])) return true;
        return false;
    }
}
