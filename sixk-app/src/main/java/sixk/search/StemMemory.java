package sixk.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;
import java.util.Arrays;

/**
 * The stems a stemmer gave for recent words, to give them again without stemming. It wraps a
 * stemming filter that leaves keywords alone (as Lucene's do): {@link #recall} before it replaces
 * a remembered word by its stem and marks it a keyword, so the stemmer passes it by;
 * {@link #remember} after it keeps what the stemmer made of a word it did stem, and unmarks the
 * keyword. One slot per hash of a word (the last word to land there stays): no eviction policy to
 * run, and the frequent words of a text are back in their slots as soon as they recur. Words
 * already marked keywords upstream, and long ones, are left to the stemmer.
 */
final class StemMemory {
    private static final int SLOTS = 1 << 14;
    private static final int LONGEST = 24;

    private final char[][] words = new char[SLOTS][];
    private final char[][] stems = new char[SLOTS][];
    /** The word the stemmer is working on and its slot, or -1 when the token needs no remembering. */
    private final char[] pending = new char[LONGEST];
    private int pendingLength, pendingSlot = -1;
    /** Whether {@link #recall} marked the current token a keyword (it was remembered). */
    private boolean recalled;

    TokenStream recall(TokenStream in) { return new Recall(in); }

    TokenStream remember(TokenStream in) { return new Remember(in); }

    static int slot(char[] term, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) h = 31 * h + term[i];
        return (h ^ (h >>> 14)) & (SLOTS - 1);
    }

    private final class Recall extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Recall(TokenStream in) { super(in); }

        @Override public boolean incrementToken() throws IOException {
            pendingSlot = -1;
            recalled = false;
            if (!input.incrementToken()) return false;
            int length = term.length();
            if (keyword.isKeyword() || length > LONGEST) return true;
            char[] buffer = term.buffer();
            int slot = slot(buffer, length);
            char[] word = words[slot];
            if (word != null && Arrays.equals(word, 0, word.length, buffer, 0, length)) {
                term.copyBuffer(stems[slot], 0, stems[slot].length);
                keyword.setKeyword(true);
                recalled = true;
            } else {
                System.arraycopy(buffer, 0, pending, 0, length);
                pendingLength = length;
                pendingSlot = slot;
            }
            return true;
        }

        @Override public void reset() throws IOException {
            super.reset();
            pendingSlot = -1;
            recalled = false;
        }
    }

    private final class Remember extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Remember(TokenStream in) { super(in); }

        @Override public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (recalled) {
                keyword.setKeyword(false);
            } else if (pendingSlot >= 0) {
                words[pendingSlot] = Arrays.copyOf(pending, pendingLength);
                stems[pendingSlot] = Arrays.copyOf(term.buffer(), term.length());
            }
            return true;
        }
    }
}
