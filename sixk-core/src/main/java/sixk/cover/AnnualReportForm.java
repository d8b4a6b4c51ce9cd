package sixk.cover;

import sixk.record.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When no 20-F/40-F box is legibly marked (a scan lost the mark, an image box was dropped), the
 * form the filing's own text says the registrant files its annual report on: "Flamel's Annual
 * Report on … Form 20-F for the year ended …". Only an unambiguous text counts: if it names
 * both forms, or neither, nothing is inferred.
 */
public final class AnnualReportForm {
    private static final Pattern MENTION = Pattern.compile("\\bform\\s+([24])0" + CoverLines.DASH + "F\\b", Pattern.CASE_INSENSITIVE);
    /** "Form 20-F or Form 40-F": the cover's question wherever it is printed again; it names no choice. */
    private static final Pattern BOTH = Pattern.compile("\\bform\\s+[24]0" + CoverLines.DASH + "F\\s*(?:or|and|/)\\s*(?:form\\s+)?[24]0" + CoverLines.DASH + "F\\b", Pattern.CASE_INSENSITIVE);

    /** The inferred form, the document and span of the first mention that decided it. */
    public record Inferred(String form, int document, Span span) {}

    private AnnualReportForm() {}

    /**
     * Counts the mentions of Form 20-F and Form 40-F in {@code texts} outside {@code [skipFrom, skipTo)}
     * of document {@code skipDocument}; returns the form when only one is named.
     */
    public static Inferred infer(List<String> texts, int skipDocument, int skipFrom, int skipTo) {
        int n20 = 0, n40 = 0;
        Inferred first20 = null, first40 = null;
        for (int d = 0; d < texts.size(); d++) {
            String t = texts.get(d);
            if (t == null || t.isEmpty()) continue;
            Matcher m = MENTION.matcher(t);
            Matcher both = BOTH.matcher(t);
            int bothEnd = -1;
            while (m.find()) {
                if (d == skipDocument && m.start() >= skipFrom && m.start() < skipTo) continue;
                if (m.start() < bothEnd) continue;
                if (both.region(m.start(), Math.min(t.length(), m.start() + 60)).lookingAt()) {
                    bothEnd = both.end();
                    continue;
                }
                Span span = new Span(m.start(), m.end());
                if (m.group(1).equals("2")) {
                    n20++;
                    if (first20 == null) first20 = new Inferred("20-F", d, span);
                } else {
                    n40++;
                    if (first40 == null) first40 = new Inferred("40-F", d, span);
                }
            }
        }
        if (n20 > 0 && n40 == 0) return first20;
        if (n40 > 0 && n20 == 0) return first40;
        return null;
    }
}
