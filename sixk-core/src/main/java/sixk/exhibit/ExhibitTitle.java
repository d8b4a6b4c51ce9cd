package sixk.exhibit;

import sixk.cover.Lines;
import sixk.cover.PrintedDate;

import java.util.regex.Pattern;

/**
 * The title of an exhibit: its first heading or headline line, after the labels that open it
 * ("Exhibit 99.1", "PRESS RELEASE", "For Immediate Release"), contact lines, table rows and the
 * issuer's name; a headline broken over two adjacent lines is joined. Null when the exhibit
 * opens with running text.
 */
public final class ExhibitTitle {
    static final Pattern EXHIBIT_LABEL = Pattern.compile("^exhibit\\s+(?:no\\.?\\s*|number\\s*)?[\\w.\\-()]{1,12}\\s*[:.]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELEASE_LABEL = Pattern.compile(
            "^(?:(?:[\\w&.,' -]{0,60}[-\u2013\u2014]\\s*)?(?:press|news|media)\\s+release\\b.{0,60}|for\\s+immediate\\s+release\\b.*|"
                    + "announcement|news|press\\s+information|for\\s+release.*|contacts?\\s*:?.*|investor\\s+relations.*|media\\s+contacts?.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTACT = Pattern.compile("@|\\(\\d{3}\\)\\s*\\d|\\+\\s?\\d{1,3}[\\s\\d-]{6,}|\\b\\d{3}[.-]\\d{3}[.-]\\d{4}\\b|www\\.|https?://");
    private static final Pattern BULLET = Pattern.compile("^[\\p{Punct}\u00B7\u2022\u00D8\u25AA\u2013\u2014\\s\\d]*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LOOK_LINES = 14;
    private static final int MAX_TITLE = 200;

    private ExhibitTitle() {}

    /** The title of an exhibit's text; {@code issuer} (the registrant's name, may be null) is skipped as a line. */
    public static String of(String text, String issuer) {
        if (text == null || text.isEmpty()) return null;
        Lines lines = Lines.of(text, 0, Math.min(text.length(), 6000));
        String issuerKey = issuer == null ? null : key(issuer);
        int seen = 0;
        for (int i = 0; i < lines.count() && seen < LOOK_LINES; i++) {
            if (lines.blank(i)) continue;
            seen++;
            String t = lines.trimmed(i);
            if (skip(t, issuerKey)) continue;
            if (t.length() > MAX_TITLE) return null;
            String title = t;
            // A headline broken over two adjacent lines.
            if (i + 1 < lines.count() && !lines.blank(i + 1) && !endsSentence(t)) {
                String next = lines.trimmed(i + 1);
                if (title.length() + next.length() < 160 && !skip(next, issuerKey) && PrintedDate.find(next) == null
                        && !next.startsWith("(") && !next.startsWith("-") && !next.startsWith("\u2013")) {
                    title = title + " " + next;
                }
            }
            return SPACES.matcher(title).replaceAll(" ").strip();
        }
        return null;
    }

    private static boolean skip(String t, String issuerKey) {
        if (t.length() < 3 || BULLET.matcher(t).matches()) return true;
        if (t.indexOf('\t') >= 0) return true;
        if (EXHIBIT_LABEL.matcher(t).matches() || RELEASE_LABEL.matcher(t).matches() || CONTACT.matcher(t).find()) return true;
        PrintedDate.Found d = PrintedDate.find(t);
        if (d != null && d.end() - d.start() >= t.length() - 2) return true;
        return issuerKey != null && key(t).equals(issuerKey);
    }

    private static boolean endsSentence(String t) {
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
    }

    /** Letters and digits only, lower case: "51JOB, INC." and "51job, Inc" are one name. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
