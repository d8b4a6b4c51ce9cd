package sixk.event;

/**
 * Walks the words of a text: runs of letters, lower-cased into a reused buffer, with their start.
 * One pass serves both the cue anchors and the classifier's features, and allocates only when
 * the caller keeps a word.
 */
final class Words {
    interface Sink {
        /** A word [start, end) of the text, lower-cased in {@code buf[0, len)}. */
        void word(int start, int end, char[] buf, int len);
    }

    private static final int MAX_WORD = 40;
    /** {@link Character#isLetter} for ASCII, looked up: most of a filing's characters are ASCII. */
    private static final boolean[] ASCII_LETTER = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) ASCII_LETTER[c] = Character.isLetter(c);
    }

    private static boolean isLetter(char c) { return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c); }

    private Words() {}

    static void scan(CharSequence text, int from, int to, Sink sink) {
        char[] buf = new char[MAX_WORD];
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isLetter(c)) { i++; continue; }
            int start = i, len = 0;
            while (i < to && isLetter(c = text.charAt(i))) {
                // An ASCII letter lower-cases by a bit.
                if (len < MAX_WORD) buf[len++] = c < 128 ? (char) (c | 0x20) : Character.toLowerCase(c);
                i++;
            }
            if (i - start <= MAX_WORD) sink.word(start, i, buf, len);
        }
    }
}
