package sixk.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The words of {@link StandardTokenizer} with the filters of {@link EnglishAnalyzer} applied as
 * they are read: possessives dropped, lower-cased, stop words left out (their positions kept),
 * Porter stems ({@link StemMemory}). Tokenizing a filing's ASCII prose with Lucene's grammar, then
 * handing each word through four filters, was a tenth of an ingest's CPU.
 *
 * <p>Text is read in chunks between ASCII whitespace, where Unicode's word breaks (UAX #29) always
 * fall. A chunk of ASCII is split here by the rules those breaks follow for ASCII: letters, digits
 * and underscores join; a point or an apostrophe joins two letters or two digits, a colon two
 * letters, a comma or a semicolon two digits; a run of underscores alone is no word. A chunk with
 * any other character, or longer than Lucene's longest token, is given to a StandardTokenizer of
 * its own. A test compares the tokens with EnglishAnalyzer's over the corpus and random text.
 */
final class EnglishTokenizer extends Tokenizer {
    private static final int MAX_TOKEN = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final int LONGEST_STOP_WORD = longest(STOP_WORDS);
    private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
    /** Buffers of longer texts are let go after use rather than kept by every indexing thread. */
    private static final int KEPT_BUFFER = 1 << 20;

    /** ASCII character kinds: a word character, a letter, a digit, a blank (where a chunk ends). */
    private static final byte WORD = 1, LETTER = 2, DIGIT = 4, SPACE = 8;
    private static final byte[] KIND = new byte[128];
    static {
        for (char c = 'a'; c <= 'z'; c++) KIND[c] = KIND[c - 32] = WORD | LETTER;
        for (char c = '0'; c <= '9'; c++) KIND[c] = WORD | DIGIT;
        KIND['_'] = WORD;
        for (char c : new char[]{' ', '\t', '\n', '\r', '\u000B', '\f'}) KIND[c] = SPACE;
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    /** Kept with the tokenizer, which an Analyzer keeps per thread. */
    private final StemMemory stems = new StemMemory();
    private char[] text = new char[4096];
    private int length;
    /** The next character to read, and the end of the chunk it is in (at {@code at} when between chunks). */
    private int at, chunkEnd;
    /** Positions of left-out words since the last token given. */
    private int skipped;

    /** The tokenizer of a chunk this one does not split, and its attributes. */
    private final StandardTokenizer other = new StandardTokenizer();
    private final Slice otherInput = new Slice();
    private final CharTermAttribute otherTerm = other.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute otherOffset = other.addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute otherPosition = other.addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute otherType = other.addAttribute(TypeAttribute.class);
    private boolean otherOpen;
    private int otherStart;

    private static int longest(CharArraySet words) {
        int n = 0;
        for (Object w : words) n = Math.max(n, ((char[]) w).length);
        return n;
    }

    @Override public void reset() throws IOException {
        super.reset();
        length = 0;
        for (int n; (n = input.read(text, length, text.length - length)) != -1; ) {
            length += n;
            if (length == text.length) text = Arrays.copyOf(text, text.length * 2);
        }
        at = chunkEnd = 0;
        skipped = 0;
        closeOther();
    }

    @Override public boolean incrementToken() throws IOException {
        clearAttributes();
        while (true) {
            if (otherOpen) {
                if (otherToken()) return true;
                continue;
            }
            if (at >= chunkEnd && !nextChunk()) return false;
            if (otherOpen) continue;
            if (asciiToken()) return true;
        }
    }

    /** Moves to the next chunk; false at the end of the text. A chunk this tokenizer does not split is opened in the other. */
    private boolean nextChunk() throws IOException {
        char[] t = text;
        int i = at, n = length;
        while (i < n && t[i] < 128 && KIND[t[i]] == SPACE) i++;
        if (i >= n) {
            at = chunkEnd = n;
            return false;
        }
        int end = i;
        boolean ascii = true;
        while (end < n) {
            char c = t[end];
            if (c >= 128) ascii = false;
            else if (KIND[c] == SPACE) break;
            end++;
        }
        at = i;
        chunkEnd = end;
        if (!ascii || end - i > MAX_TOKEN) {
            otherInput.of(t, i, end);
            other.setReader(otherInput);
            other.reset();
            otherOpen = true;
            otherStart = i;
            at = end;
        }
        return true;
    }

    /** The next word of the ASCII chunk at {@code at}, if any is left in it (stop words counted as skipped). */
    private boolean asciiToken() {
        char[] t = text;
        int p = at, end = chunkEnd;
        while (p < end) {
            if ((KIND[t[p]] & WORD) == 0) { p++; continue; }
            int start = p;
            int kinds = 0;
            while (true) {
                while (p < end && (KIND[t[p]] & WORD) != 0) kinds |= KIND[t[p++]];
                if (p + 1 >= end) break;
                char c = t[p];
                int joined = KIND[t[p - 1]] & KIND[t[p + 1]] & (LETTER | DIGIT);
                boolean joins = switch (c) {
                    case '.', '\'' -> joined != 0;
                    case ':' -> (joined & LETTER) != 0;
                    case ',', ';' -> (joined & DIGIT) != 0;
                    default -> false;
                };
                if (!joins) break;
                p++;
            }
            if ((kinds & (LETTER | DIGIT)) == 0) continue;
            char[] b = term.resizeBuffer(p - start);
            int len = p - start;
            for (int k = 0; k < len; k++) {
                char c = t[start + k];
                b[k] = (KIND[c] & LETTER) != 0 ? (char) (c | 0x20) : c;
            }
            if (len >= 2 && b[len - 1] == 's' && b[len - 2] == '\'') len -= 2;
            if (len <= LONGEST_STOP_WORD && STOP_WORDS.contains(b, 0, len)) {
                skipped++;
                continue;
            }
            at = p;
            term.setLength(len);
            stems.stem(term);
            offset.setOffset(correctOffset(start), correctOffset(p));
            position.setPositionIncrement(skipped + 1);
            skipped = 0;
            type.setType((kinds & LETTER) != 0 ? ALPHANUM : NUM);
            return true;
        }
        at = p;
        return false;
    }

    /** The next word of the chunk the other tokenizer reads, the filters applied as EnglishAnalyzer's would. */
    private boolean otherToken() throws IOException {
        while (other.incrementToken()) {
            skipped += otherPosition.getPositionIncrement() - 1;
            int len = otherTerm.length();
            term.copyBuffer(otherTerm.buffer(), 0, len);
            char[] b = term.buffer();
            if (len >= 2 && (b[len - 1] == 's' || b[len - 1] == 'S') && (b[len - 2] == '\'' || b[len - 2] == '\u2019' || b[len - 2] == '\uFF07')) {
                len -= 2;
            }
            CharacterUtils.toLowerCase(b, 0, len);
            if (STOP_WORDS.contains(b, 0, len)) {
                skipped++;
                continue;
            }
            term.setLength(len);
            stems.stem(term);
            offset.setOffset(correctOffset(otherStart + otherOffset.startOffset()), correctOffset(otherStart + otherOffset.endOffset()));
            position.setPositionIncrement(skipped + 1);
            skipped = 0;
            type.setType(otherType.type());
            return true;
        }
        other.end();
        skipped += otherPosition.getPositionIncrement();
        closeOther();
        return false;
    }

    private void closeOther() throws IOException {
        if (otherOpen) {
            other.close();
            otherOpen = false;
        }
    }

    @Override public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
        position.setPositionIncrement(skipped);
    }

    @Override public void close() throws IOException {
        super.close();
        closeOther();
        if (text.length > KEPT_BUFFER) text = new char[4096];
    }

    /** A reader of text[from, to), reused for every chunk. */
    private static final class Slice extends Reader {
        private char[] chars;
        private int at, end;

        void of(char[] chars, int from, int to) {
            this.chars = chars;
            this.at = from;
            this.end = to;
        }

        @Override public int read(char[] cbuf, int off, int len) {
            if (at >= end) return -1;
            int n = Math.min(len, end - at);
            System.arraycopy(chars, at, cbuf, off, n);
            at += n;
            return n;
        }

        @Override public void close() {}
    }
}
