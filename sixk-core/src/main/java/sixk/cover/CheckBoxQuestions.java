package sixk.cover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Indicate by check mark …" questions of a 6-K cover and how their boxes are marked:
 * Form 20-F or Form 40-F, paper submission under Regulation S-T Rule 101(b)(1) and 101(b)(7),
 * and the Rule 12g3-2(b) exemption with its "82-" file number.
 *
 * <p>A pair of labels ("Form 20-F … Form 40-F", "Yes … No") is read by cutting the answer into
 * the stretch before the first label, between the labels, and after the second; marks follow
 * their label ("Form 20-F ☒ Form 40-F ☐", "Form 20-F . . .X. . . Form 40-F . . .") unless the
 * stretch before the first label holds a box, in which case they precede it ("☐ Yes ☒ No").
 */
final class CheckBoxQuestions {
    private static final Pattern INDICATE = Pattern.compile("indicate\\s+by\\s+check\\s*mark", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNUAL = Pattern.compile(
            "annual\\s+reports?\\s+under\\s+cover\\s+(?:of\\s+)?(?:form\\s+)?20" + CoverLines.DASH + "F\\s+or\\s+(?:form\\s+)?40" + CoverLines.DASH + "F\\s*[.:]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE_101B1 = Pattern.compile("101\\s*\\(\\s*b\\s*\\)\\s*\\(\\s*1\\s*\\)\\s*[:.]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE_101B7 = Pattern.compile("101\\s*\\(\\s*b\\s*\\)\\s*\\(\\s*7\\s*\\)\\s*[:.]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE_12G32B = Pattern.compile(
            "12g3" + CoverLines.DASH + "2\\s*\\(\\s*b\\s*\\)(?:\\s+under\\s+the\\s+securities\\s+exchange\\s+act\\s+of\\s+1934)?\\s*[:.]?", Pattern.CASE_INSENSITIVE);
    static final Pattern FORM_20F = Pattern.compile("(?:form\\s+)?20" + CoverLines.DASH + "F\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern FORM_40F = Pattern.compile("(?:form\\s+)?40" + CoverLines.DASH + "F\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YES = Pattern.compile("\\byes\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO = Pattern.compile("\\bno\\b(?!\\.)", Pattern.CASE_INSENSITIVE);
    /** Where an answer stops: the next question, a note, the "If Yes is marked" line. */
    private static final Pattern ANSWER_END = Pattern.compile(
            "indicate\\s+by|\\bnote\\s*:|\\bif\\s+[\"\u201C\u201D']?yes|\\bsignatures?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXEMPTION = Pattern.compile(
            "if\\s+[\"\u201C\u201D']?yes[\"\u201C\u201D']?\\s+is\\s+marked[^\\n]{0,200}?12g3" + CoverLines.DASH + "2\\s*\\(\\s*b\\s*\\)\\s*[:.]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXEMPTION_NUMBER = Pattern.compile("^[ \\t_]*(82[ \\t]*-[ \\t]*\\d[\\d-]*\\d)");
    private static final Pattern WHITE = Pattern.compile("\\s+");
    /** How far a question sentence reaches: past it, a key phrase belongs to a note or to the next question. */
    private static final int QUESTION_CHARS = 480;
    private static final int ANSWER_CHARS = 400;

    /** Two labels and the box state read for each. */
    record Pair(BoxMark first, BoxMark second, int questionStart, int answerEnd) {
        /** 0 or 1 when exactly one box is marked, else -1. */
        int marked() {
            if (first == BoxMark.CHECKED && second != BoxMark.CHECKED) return 0;
            if (second == BoxMark.CHECKED && first != BoxMark.CHECKED) return 1;
            return -1;
        }
    }

    /** Answers of one cover; null where a question is absent or its box state is not legible. */
    record Answers(Pair annualReport, Boolean paper101b1, Boolean paper101b7, Boolean exemption12g32b,
                   String exemptionFileNumber, int annualQuestionStart, int annualAnswerEnd) {}

    private CheckBoxQuestions() {}

    static Answers read(String text, int from, int to) {
        Pair annual = null;
        Boolean b1 = null, b7 = null, g = null;
        boolean seenB1 = false, seenB7 = false, seenG = false;
        int annualStart = -1, annualEnd = -1;
        Matcher ind = INDICATE.matcher(text);
        int start = sixk.text.Scan.findFrom(ind, text, from, to, "indicate") ? ind.start() : -1;
        while (start >= 0) {
            int next = sixk.text.Scan.findFrom(ind, text, ind.end(), to, "indicate") ? ind.start() : -1;
            int windowEnd = next >= 0 ? next : Math.min(to, start + QUESTION_CHARS + ANSWER_CHARS);
            int questionEnd = Math.min(windowEnd, start + QUESTION_CHARS);
            Matcher q;
            if (annualStart < 0 && (q = ANNUAL.matcher(text).region(start, questionEnd)).find()) {
                int end = answerEnd(text, q.end(), windowEnd);
                annual = pair(text, q.end(), end, FORM_20F, FORM_40F);
                annualStart = start;
                annualEnd = end;
            } else if (!seenB1 && (q = RULE_101B1.matcher(text).region(start, questionEnd)).find()) {
                seenB1 = true;
                b1 = single(text, q.end(), answerEnd(text, q.end(), windowEnd));
            } else if (!seenB7 && (q = RULE_101B7.matcher(text).region(start, questionEnd)).find()) {
                seenB7 = true;
                b7 = single(text, q.end(), answerEnd(text, q.end(), windowEnd));
            } else if (!seenG && (q = RULE_12G32B.matcher(text).region(start, questionEnd)).find()) {
                seenG = true;
                g = single(text, q.end(), answerEnd(text, q.end(), windowEnd));
            }
            start = next;
        }
        return new Answers(annual, b1, b7, g, exemptionNumber(text, from, to), annualStart, annualEnd);
    }

    private static int answerEnd(String text, int from, int windowEnd) {
        int cap = Math.min(windowEnd, from + ANSWER_CHARS);
        Matcher e = ANSWER_END.matcher(text).region(from, cap);
        return e.find() ? e.start() : cap;
    }

    /** A yes/no box, or a single box: marked is true, blank is false, nothing legible is null. */
    private static Boolean single(String text, int from, int to) {
        Pair p = pair(text, from, to, YES, NO);
        if (p != null) {
            int m = p.marked();
            return m < 0 ? null : m == 0;
        }
        return switch (BoxMark.of(text, from, to)) {
            case CHECKED -> true;
            case UNCHECKED -> false;
            case NONE -> null;
        };
    }

    /** The box states of two labels in {@code text[from, to)}, or null when the labels are not both there. */
    static Pair pair(String text, int from, int to, Pattern firstLabel, Pattern secondLabel) {
        Matcher a = firstLabel.matcher(text).region(from, to);
        if (!a.find()) return null;
        Matcher b = secondLabel.matcher(text).region(a.end(), to);
        if (!b.find()) return null;
        BoxMark before = BoxMark.of(text, from, a.start());
        BoxMark between = BoxMark.of(text, a.end(), b.start());
        int afterEnd = afterSecond(text, b.end(), to);
        BoxMark after = BoxMark.of(text, b.end(), afterEnd);
        if (before != BoxMark.NONE && after == BoxMark.NONE) return new Pair(before, between, from, to);
        return new Pair(between, after, from, to);
    }

    /** The second label's box: the rest of its line, or the next line when the rest is empty (a mark in the next cell or line). */
    private static int afterSecond(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        if (nl < 0 || nl >= to) return to;
        if (!text.substring(from, nl).isBlank()) return nl;
        int i = nl + 1;
        while (i < to && (text.charAt(i) == '\n' || Lines.isBlank(text.charAt(i)))) i++;
        int nl2 = text.indexOf('\n', i);
        return nl2 < 0 || nl2 > to ? to : nl2;
    }

    /** The "82-" number after "If Yes is marked … Rule 12g3-2(b):"; null when blank or not applicable. */
    private static String exemptionNumber(String text, int from, int to) {
        Matcher m = EXEMPTION.matcher(text);
        if (!sixk.text.Scan.findFrom(m, text, from, to, "if")) return null;
        String rest = text.substring(m.end(), Math.min(to, m.end() + 60));
        Matcher n = EXEMPTION_NUMBER.matcher(rest);
        return n.find() ? WHITE.matcher(n.group(1)).replaceAll("") : null;
    }
}
