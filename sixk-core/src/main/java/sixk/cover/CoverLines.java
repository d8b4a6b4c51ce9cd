package sixk.cover;

import java.util.regex.Pattern;

/**
 * What the fixed lines of a cover page look like: the headings, form titles, rule references and
 * captions that are never the registrant's name nor part of its address. One place for these
 * patterns, shared by the name and address readers.
 */
final class CoverLines {
    /** The printed dash of form names: "20-F", "20‑F" (non-breaking hyphen), "20 – F". */
    static final String DASH = "\\s*[-\u2010\u2011\u2012\u2013\u2014]\\s*";

    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(?:united\\s+states|securities\\s+and\\s+exchange\\s+commission|washington|form\\s+[\\w-]+\\b|"
                    + "report\\s+of\\s+foreign|pursuant\\s+to|(?:under\\s+)?(?:of\\s+)?the\\s+securities\\s+exchange|"
                    + "securities\\s+exchange\\s+act|exchange\\s+act\\s+of|rule\\s+13a|for\\s+the\\s+month|for\\s+the\\s+(?:fiscal\\s+)?year|"
                    + "for\\s+the\\s+(?:quarterly\\s+)?period|for\\s+the\\s+transition|commission\\s+file|file\\s+no|"
                    + "current\\s+report|annual\\s+report|quarterly\\s+report|transition\\s+report|date\\s+of\\s+report|"
                    + "\\(?mark\\s+one\\)?|omb\\b|expires|estimated|hours\\s+per|table\\s+of\\s+contents|or$|"
                    + "indicate\\s+by|registrant|of\\s+the\\s+securities|under\\s+the\\s+securities|"
                    + "\\d{1,3}" + DASH + "\\d{3,6}$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^(?:for\\s+|dated?:?\\s+)?(?:the\\s+month\\s+of\\s*:?\\s*)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + PrintedDate.MONTH
                    + "(?:\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s*,?\\s*(?:19|20)\\d{2}\\s*$",
            Pattern.CASE_INSENSITIVE);

    private CoverLines() {}

    /** A heading, title, caption or reference line of a cover (trimmed input). */
    static boolean isBoilerplate(String line) {
        return BOILERPLATE.matcher(line).find() || DATE_ONLY.matcher(line).matches();
    }

    /** A line printing only a date or a month: "January 2009", "For May 26, 2009", "February 9, 2009". */
    static boolean isDateLine(String line) { return DATE_ONLY.matcher(line).matches(); }

    /** A caption in parentheses, or the end of one that wrapped ("identification no.)"). */
    static boolean isCaption(String line) {
        // A table row of captions ("incorporation or organization)⇥(Commission File Number)⇥…"): every cell is one.
        if (line.indexOf('\t') >= 0) {
            boolean any = false;
            for (String cell : line.split("\t")) {
                if (cell.isBlank()) continue;
                if (!isCaption(cell.strip())) return false;
                any = true;
            }
            return any;
        }
        if (line.startsWith("(") || line.startsWith("[")) return true;
        return line.endsWith(")") && line.indexOf('(') < 0 || line.endsWith("]") && line.indexOf('[') < 0;
    }
}
