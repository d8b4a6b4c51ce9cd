package sixk.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Arrays;

/**
 * Porter stems, with the stems of recent words remembered to give them again without stemming.
 * A word not remembered is stemmed by Lucene's {@link PorterStemFilter}, handed that one word.
 * One slot per hash of a word (the last word to land there stays): no eviction policy to run, and
 * the frequent words of a text are back in their slots as soon as they recur. Long words are
 * stemmed every time.
 */
final class StemMemory {
    private static final int SLOTS = 1 << 14;
    private static final int LONGEST = 24;

    private final char[][] words = new char[SLOTS][];
    private final char[][] stems = new char[SLOTS][];
    private final OneWord word = new OneWord();
    private final TokenStream stemmer = new PorterStemFilter(word);

    StemMemory() {
        try {
            stemmer.reset();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int slot(char[] term, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) h = 31 * h + term[i];
        return (h ^ (h >>> 14)) & (SLOTS - 1);
    }

    /** Replaces the word in {@code term} by its stem. */
    void stem(CharTermAttribute term) {
        char[] buffer = term.buffer();
        int length = term.length();
        if (length > LONGEST) {
            term.copyBuffer(stemmed(buffer, length), 0, word.term.length());
            return;
        }
        int slot = slot(buffer, length);
        char[] w = words[slot];
        if (w != null && Arrays.equals(w, 0, w.length, buffer, 0, length)) {
            char[] s = stems[slot];
            term.copyBuffer(s, 0, s.length);
            return;
        }
        words[slot] = Arrays.copyOf(buffer, length);
        char[] s = stemmed(buffer, length);
        int n = word.term.length();
        stems[slot] = Arrays.copyOf(s, n);
        term.copyBuffer(s, 0, n);
    }

    /** The stemmer's buffer holding the stem of buffer[0, length) (its length is the word's term length). */
    private char[] stemmed(char[] buffer, int length) {
        word.term.copyBuffer(buffer, 0, length);
        word.ready = true;
        try {
            stemmer.incrementToken();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return word.term.buffer();
    }

    /** A stream of the one word put into it, for the stemmer to read. */
    private static final class OneWord extends TokenStream {
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        boolean ready;

        @Override public boolean incrementToken() {
            boolean r = ready;
            ready = false;
            return r;
        }
    }
}
