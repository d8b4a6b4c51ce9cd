package sixk.press;

import sixk.entity.PersonName;
import sixk.entity.Titles;
import sixk.record.Quote;
import sixk.record.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct speech and who said it: "Dr. Gerard Soula, president and chief executive officer
 * of Flamel, said: “…”", "“…,” said Jane Doe, CFO.", "“…,” John Smith, Chairman, commented.",
 * and "“…,” he added." (the last named speaker). Quotes of fewer than four words are scare quotes
 * ("the “Company”") and skipped.
 */
final class QuoteFinder {
    private static final String VERB = "(?:said|says|commented|comments|stated|states|added|adds|noted|notes|explained|continued|concluded|remarked|declared|observed)";
    private static final String SPEAKER = PersonName.NAME + "(?:,\\s(?:the\\s|our\\s)?" + Titles.TITLE + ",?)?";
    private static final Pattern AFTER = Pattern.compile("^[,\\s]{0,3}(?:" + VERB + "\\s" + SPEAKER + "|" + SPEAKER + "\\s" + VERB + "|(he|she)\\s" + VERB + ")");
    private static final Pattern BEFORE = Pattern.compile("(?:" + SPEAKER + "\\s(?:also\\s|further\\s)?" + VERB + "(?:\\sthat)?|(?:According to|said)\\s" + SPEAKER + ")[,:]?\\s{0,3}$");
    /** "“…,” said Agrium President and CEO Mike Wilson.": a title before the name. */
    private static final Pattern AFTER_TITLED = Pattern.compile("^[,\\s]{0,3}" + VERB + "\\s(?:(?:[A-Z][\\p{L}&.'’-]*|and|of|&)\\s){1,6}?" + PersonName.NAME + "[.,]");
    /** "Mr. Wilson added, “…”" and "“…,” added Mr. Wilson": a speaker named before, by surname. */
    private static final Pattern BEFORE_SURNAME = Pattern.compile(PersonName.SURNAME + "\\s(?:also\\s|further\\s)?" + VERB + "(?:\\sthat)?[,:]?\\s{0,3}$");
    private static final Pattern AFTER_SURNAME = Pattern.compile("^[,\\s]{0,3}(?:" + VERB + "\\s" + PersonName.SURNAME + "|" + PersonName.SURNAME + "\\s" + VERB + ")");
    /**
     * "John Sheridan, Ballard’s President and CEO commented that “…", "Rick Yan, President and Chief
     * Executive Officer of 51job, Inc., said, “…": a name, a comma, then words up to the verb that
     * the title pattern does not cover (a company's possessive, a name with a comma in it).
     */
    private static final Pattern BEFORE_LOOSE = Pattern.compile(PersonName.NAME + ",\\s((?:[^“\"\\n.;]|\\.(?!\\s\\p{Lu})){2,150}?),?\\s(?:also\\s|further\\s)?" + VERB + "(?:\\sthat)?[,:]?\\s{0,3}$");
    private static final int MAX_QUOTE = 4000;
    private static final int LOOK = 300;

    private QuoteFinder() {}

    static List<Quote> find(String text, int from, int to) {
        List<Quote> out = new ArrayList<>();
        String lastSpeaker = null, lastTitle = null;
        int i = from;
        while (i < to) {
            int open = nextOpen(text, i, to);
            if (open < 0) break;
            char o = text.charAt(open);
            int close = o == '“' || o == '"' ? indexOf(text, o == '“' ? '”' : '"', open + 1, Math.min(to, open + MAX_QUOTE))
                    : singleClose(text, o == '‘' ? '’' : '\'', open + 1, to);
            if (close < 0) { i = open + 1; continue; }
            String words = text.substring(open + 1, close);
            i = close + 1;
            if (words.split("\\s+").length < 4) continue;
            String speaker = null, title = null;
            int lineEnd = text.indexOf('\n', close + 1);
            if (lineEnd < 0 || lineEnd > to) lineEnd = to;
            int afterEnd = Math.min(lineEnd, close + 1 + LOOK);
            // The attribution follows on the quote's own line; the next line is someone else's.
            Matcher a = AFTER.matcher(text).region(close + 1, afterEnd);
            if (a.lookingAt()) {
                if (a.group(7) != null) { speaker = lastSpeaker; title = lastTitle; }
                else if (a.group(2) != null) { speaker = a.group(2); title = a.group(3); }
                else { speaker = a.group(5); title = a.group(6); }
            }
            Matcher t = AFTER_TITLED.matcher(text).region(close + 1, afterEnd);
            if (!plausible(speaker) && t.lookingAt()) { speaker = t.group(2); title = null; }
            Matcher sn = AFTER_SURNAME.matcher(text).region(close + 1, afterEnd);
            if (!plausible(speaker) && sn.lookingAt()) { speaker = bySurname(out, sn.group(1) != null ? sn.group(1) : sn.group(2)); title = null; }
            if (!plausible(speaker)) {
                // Before the quote on its line, or on the line before when the quote opens its own paragraph.
                int lineStart = text.lastIndexOf('\n', open - 1) + 1;
                int from0 = lineStart;
                if (text.substring(lineStart, open).isBlank()) {
                    int p = lineStart - 1;
                    while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) p--;
                    from0 = text.lastIndexOf('\n', p - 1) + 1;
                }
                int regionStart = Math.max(Math.max(from, open - LOOK), from0);
                Matcher b = BEFORE.matcher(text).region(regionStart, open);
                Matcher bs = BEFORE_SURNAME.matcher(text).region(regionStart, open);
                if (b.find()) {
                    if (b.group(2) != null) { speaker = b.group(2); title = b.group(3); }
                    else { speaker = b.group(5); title = b.group(6); }
                } else if (bs.find()) {
                    speaker = bySurname(out, bs.group(1));
                    title = null;
                } else {
                    Matcher l = BEFORE_LOOSE.matcher(text).region(regionStart, open);
                    if (l.find()) {
                        speaker = l.group(2);
                        String between = l.group(3).strip();
                        // A title opens with a capital ("President", "Ballard’s CEO"); "who joined in 2005" is no title.
                        title = !between.isEmpty() && Character.isUpperCase(between.charAt(0)) ? between : null;
                    }
                }
            }
            if (speaker == null || !PersonName.plausible(speaker)) continue;
            lastSpeaker = speaker;
            lastTitle = title;
            out.add(new Quote(speaker, title, words.strip(), new Span(open + 1, close)));
        }
        return out;
    }

    private static boolean plausible(String speaker) { return speaker != null && PersonName.plausible(speaker); }

    /** The full name of an earlier speaker with this surname, or the surname alone. */
    private static String bySurname(List<Quote> earlier, String surname) {
        if (surname == null) return null;
        for (Quote q : earlier) if (q.speaker() != null && q.speaker().endsWith(" " + surname)) return q.speaker();
        return surname;
    }

    private static int nextOpen(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '“' || c == '"') return k;
            if ((c == '\'' || c == '‘') && afterSpeechVerb(text, k)) return k;
        }
        return -1;
    }

    /** "Paul Hyland, President & CEO at AIXTRON, comments: 'I am happy …'": a single quote opens speech only right after its verb. */
    private static final Pattern VERB_BEFORE = Pattern.compile("(?<![\\p{L}])" + VERB + "[,:]?\\s{1,2}$");

    private static boolean afterSpeechVerb(String text, int k) {
        return k + 1 < text.length() && Character.isLetterOrDigit(text.charAt(k + 1))
                && VERB_BEFORE.matcher(text).region(Math.max(0, k - 16), k).find();
    }

    /**
     * The single quote that closes speech: one right after a stop or comma and before no letter
     * ("… continue into 2010.’"); an apostrophe is not ("industry's", "customers' demand"). British
     * releases often quote paragraph after paragraph and close only the last, or never: the
     * paragraph's end closes a quote whose mark does not come in it.
     */
    private static int singleClose(String text, char c, int from, int to) {
        int end = text.indexOf('\n', from);
        if (end < 0 || end > to) end = to;
        for (int k = from + 1; k < end; k++) {
            if (text.charAt(k) != c || ".!?,;".indexOf(text.charAt(k - 1)) < 0) continue;
            if (k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1))) return k;
        }
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end > from ? end : -1;
    }

    private static int indexOf(String text, char c, int from, int to) {
        for (int k = from; k < to; k++) if (text.charAt(k) == c) return k;
        return -1;
    }
}
