package sixk.cover;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the registrant's name on a cover: the line printed above "(Translation of registrant's
 * name into English)", "(Exact name of registrant as specified in its charter)", "(Name of
 * registrant)" and the like; a name broken over two lines is joined; when nothing stands above
 * the caption (it was printed first), the line below it. Capitalisation is kept as printed;
 * trailing punctuation is dropped.
 */
final class RegistrantName {
    static final Pattern CAPTION = Pattern.compile(
            "\\(\\s*(?:translation\\s+of\\s+)?(?:the\\s+)?(?:exact\\s+)?(?:name\\s+of\\s+(?:the\\s+)?registrant|registrant[\u2019'`]?s?\\s+name)[^)\\n]{0,100}\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE_RUN = Pattern.compile("[_\u2014\u2500]{3,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_DIGIT = Pattern.compile("^\\d");

    /** The name, the line it ends on, and its first line. */
    record Found(String name, int firstLine, int lastLine) {}

    private RegistrantName() {}

    /** The name above (or below) the first caption that has one, in lines [0, limit). */
    static Found find(Lines lines, int limit) {
        String text = lines.text();
        for (int i = 0; i < limit; i++) {
            if (lines.blank(i)) continue;
            Matcher m = CAPTION.matcher(text).region(lines.trimStart(i), lines.trimEnd(i));
            if (!m.find()) continue;
            // "ABB Ltd (Translation of registrant's name into English)": the name before it on its line.
            String before = clean(text.substring(lines.trimStart(i), m.start()));
            if (!before.isEmpty() && isNameLike(before)) return new Found(before, i, i);
            Found above = above(lines, i);
            if (above != null) return above;
            Found below = below(lines, i, limit);
            if (below != null) return below;
        }
        return null;
    }

    /** The index of the first caption line in [0, limit), or -1. */
    static int captionLine(Lines lines, int limit) {
        for (int i = 0; i < limit; i++) {
            if (!lines.blank(i) && CAPTION.matcher(lines.text()).region(lines.trimStart(i), lines.trimEnd(i)).find()) return i;
        }
        return -1;
    }

    private static Found above(Lines lines, int caption) {
        int j = previousContent(lines, caption);
        if (j < 0) return null;
        String last = lines.trimmed(j);
        if (!isNameLike(last)) return null;
        String name = last;
        int first = j;
        // "ADVANCED SEMICONDUCTOR / ENGINEERING, INC.": an all-capitals name broken over two adjacent lines.
        if (j > 0 && !lines.blank(j - 1)) {
            String up = lines.trimmed(j - 1);
            if (isNameLike(up) && isUpper(up) && isUpper(last) && up.length() + last.length() < 90 && !endsWithLegalForm(up)) {
                name = up + " " + last;
                first = j - 1;
            }
        }
        String n = clean(name);
        return n.isEmpty() ? null : new Found(n, first, j);
    }

    private static Found below(Lines lines, int caption, int limit) {
        int j = caption + 1;
        while (j < limit && (lines.blank(j) || PrincipalOfficeAddress.isRule(lines.trimmed(j)))) j++;
        if (j >= limit) return null;
        String t = lines.trimmed(j);
        if (!isNameLike(t) || PrincipalOfficeAddress.isStreet(t) || LEADING_DIGIT.matcher(t).find()) return null;
        // A jurisdiction ("British Columbia, Canada") follows a blank name, not a name.
        String lastPart = t.substring(t.lastIndexOf(',') + 1).strip();
        if (Countries.country(lastPart) != null || Countries.isRegion(lastPart)) return null;
        String n = clean(t);
        return n.isEmpty() ? null : new Found(n, j, j);
    }

    /** The nearest line above {@code i} that is not blank and not a rule. */
    static int previousContent(Lines lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (lines.blank(j)) continue;
            if (PrincipalOfficeAddress.isRule(lines.trimmed(j))) continue;
            return j;
        }
        return -1;
    }

    /** A line that can be a company name: not a caption, heading, date, file number or blank placeholder. */
    static boolean isNameLike(String t) {
        if (t.isEmpty() || t.length() > 120) return false;
        if (CoverLines.isCaption(t) || CoverLines.isBoilerplate(t)) return false;
        boolean letter = false;
        for (int k = 0; k < t.length(); k++) if (Character.isLetter(t.charAt(k))) { letter = true; break; }
        return letter;
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    private static final Pattern LEGAL_END = Pattern.compile(
            "(?:\\b(?:inc|ltd|limited|plc|corp|corporation|company|co|n\\.?v|s\\.?a|ag|se|llc|lp|l\\.p|group|holdings?)\\.?|aktiengesellschaft)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static boolean endsWithLegalForm(String s) { return LEGAL_END.matcher(s).find(); }

    /** White space collapsed; rules, tabs and trailing punctuation (but not a closing parenthesis) dropped. */
    static String clean(String s) {
        String t = SPACES.matcher(RULE_RUN.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        int b = t.length();
        while (b > 0 && ".,;:".indexOf(t.charAt(b - 1)) >= 0) b--;
        return t.substring(0, b).strip();
    }
}
