package sixk.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for highlighting, found by looking at a few characters around a position:
 * a line start (the reader keeps one paragraph per line), or a capital, digit, quote or bracket
 * after {@code .}, {@code !} or {@code ?} and white space ("… 2002. The", not "U.S. dollars",
 * not "$4.5 million"). The highlighter asks for the sentence around every match of a common word in
 * documents of up to 200,000 characters; the JDK's rule-based sentence iterator was half of the
 * time of such a search, this one asks each position the same small question.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int current;

    @Override public int first() { return current = 0; }

    @Override public int last() { return current = text.length(); }

    @Override public int next(int n) {
        int r = current;
        for (int i = 0; i < n && r != DONE; i++) r = next();
        for (int i = 0; i > n && r != DONE; i--) r = previous();
        return r;
    }

    @Override public int next() {
        return current >= text.length() ? DONE : following(current);
    }

    @Override public int previous() {
        return current <= 0 ? DONE : preceding(current);
    }

    @Override public int following(int offset) {
        check(offset);
        if (offset >= text.length()) return DONE;
        int i = offset + 1;
        while (i < text.length() && !isBoundary(i)) i++;
        return current = i;
    }

    @Override public int preceding(int offset) {
        check(offset);
        if (offset <= 0) return DONE;
        int i = offset - 1;
        while (i > 0 && !isBoundary(i)) i--;
        return current = i;
    }

    @Override public boolean isBoundary(int offset) {
        if (offset <= 0 || offset >= text.length()) return offset == 0 || offset == text.length();
        char before = text.charAt(offset - 1), at = text.charAt(offset);
        if (before == '\n') return true;
        if (before != ' ' && before != '\t' || !startsSentence(at)) return false;
        int j = offset - 1;
        while (j > 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j--;
        char end = text.charAt(j);
        if (end != '.' && end != '!' && end != '?') return false;
        // "U.S. Dollars", "J. Smith": a single capital before the period is an initial, not a sentence's end.
        return !(end == '.' && j >= 1 && Character.isUpperCase(text.charAt(j - 1)) && (j == 1 || !Character.isLetter(text.charAt(j - 2))));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '(' || c == '\'';
    }

    @Override public int current() { return current; }

    @Override public CharacterIterator getText() { return new StringCharacterIterator(text); }

    @Override public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(Math.max(0, it.getEndIndex() - it.getBeginIndex()));
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) b.append(c);
        setText(b.toString());
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
    }
}
