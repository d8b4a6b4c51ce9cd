package sixk.cover;

import sixk.record.Cover;
import sixk.record.PrincipalOffice;
import sixk.signature.SignatureBlock;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cover page at the top of a report's main document (6-K, 8-K, 10-K, 10-Q, 20-F, 40-F):
 * the form it names, the registrant's name, the report month, the Commission file number, the
 * principal office, and the answers to the "Indicate by check mark" questions. What the cover
 * does not print is null; the SEC header is never consulted (it is what the cover is checked against).
 */
public final class CoverPage {
    /** How far into a document a cover reaches; 10-K and 20-F covers with all their boxes fit. */
    static final int MAX_CHARS = 20_000;
    private static final Pattern FORM_TITLE = Pattern.compile("^\\s*form\\s+(\\d{1,2}" + CoverLines.DASH + "[a-z]{1,3}(?:/a)?)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** "(Address of principal executive offices)", "(Address, including zip code, … of Registrant's principal executive offices)". */
    private static final Pattern ADDRESS_CAPTION = Pattern.compile(
            "[(\\[]\\s*address\\b[^()\\[\\]]{0,160}?principal\\s+(?:executive\\s+)?offices?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITE = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014]");
    private static final Pattern LEADING_DIGIT = Pattern.compile("^\\d");
    private static final int MAX_ADDRESS_LINES = 8;

    /**
     * What the cover says. {@code annualReportForm} is null when no box is legibly marked (the stage
     * may then infer it); {@code annualQuestion} is the [start, end) of the 20-F/40-F question and its
     * boxes, so that inference does not count the question's own words; {@code nameCaptionPrinted}
     * says the cover prints a registrant-name caption ("(Translation of registrant's name into
     * English)"), whether or not a name was read beside it.
     */
    public record Reading(String form, String registrantName, String reportMonth, String commissionFileNumber,
                          PrincipalOffice principalOffice, String annualReportForm, boolean annualQuestionPrinted,
                          Boolean paper101b1, Boolean paper101b7, Boolean exemption12g32b, String exemptionFileNumber,
                          int annualQuestionStart, int annualQuestionEnd, boolean nameCaptionPrinted) {

        public Cover toCover(String annualReportForm) {
            return new Cover(registrantName, reportMonth, commissionFileNumber, principalOffice, annualReportForm,
                    paper101b1, paper101b7, exemption12g32b, exemptionFileNumber);
        }
    }

    private CoverPage() {}

    /** Reads the cover at the top of {@code text}; {@code form} is the form known so far (from the header) or null. */
    public static Reading read(String text, String form) {
        int end = coverEnd(text);
        Lines lines = Lines.of(text, 0, end);
        String printedForm = printedForm(text, Math.min(end, 3000));
        String effectiveForm = form != null ? form : printedForm;
        boolean sixK = effectiveForm != null && effectiveForm.toUpperCase(Locale.ROOT).startsWith("6-K");

        int questions = firstQuestionLine(lines);
        int headLimit = questions >= 0 ? questions : lines.count();
        RegistrantName.Found name = RegistrantName.find(lines, headLimit);
        int addressCaption = addressCaptionLine(lines, headLimit);
        PrincipalOffice office = null;
        if (addressCaption >= 0) {
            int stop = name != null ? name.lastLine() : -1;
            int nameCaption = RegistrantName.captionLine(lines, headLimit);
            if (nameCaption >= 0 && nameCaption < addressCaption) stop = Math.max(stop, nameCaption);
            List<Integer> block = addressBlock(lines, addressCaption, stop);
            if (name == null && nameCaption < 0 && block.size() >= 2) {
                // No caption names the registrant: on such covers the name heads the address block.
                String first = lines.trimmed(block.get(0));
                if (RegistrantName.isNameLike(first) && !PrincipalOfficeAddress.isStreet(first) && !LEADING_DIGIT.matcher(first).find()) {
                    name = new RegistrantName.Found(RegistrantName.clean(first), block.get(0), block.get(0));
                    block = block.subList(1, block.size());
                }
            }
            List<String> addressLines = new ArrayList<>();
            for (int i : block) addressLines.add(lines.trimmed(i));
            String prefix = captionPrefix(lines, addressCaption);
            if (!prefix.isEmpty()) addressLines.add(prefix);
            office = PrincipalOfficeAddress.read(addressLines);
        }
        YearMonth month = ReportMonth.find(lines, headLimit, sixK);
        String fileNumber = CommissionFileNumber.find(lines, headLimit);
        CheckBoxQuestions.Answers answers = CheckBoxQuestions.read(text, 0, end);
        String annual = null;
        if (answers.annualReport() != null) {
            int m = answers.annualReport().marked();
            annual = m == 0 ? "20-F" : m == 1 ? "40-F" : null;
        }
        return new Reading(printedForm, name == null ? null : name.name(), month == null ? null : month.toString(), fileNumber,
                office, annual, answers.annualQuestionStart() >= 0, answers.paper101b1(), answers.paper101b7(),
                answers.exemption12g32b(), answers.exemptionFileNumber(), answers.annualQuestionStart(), answers.annualAnswerEnd(),
                RegistrantName.captionLine(lines, headLimit) >= 0);
    }

    /** The cover ends where the report's signature sentence starts, or after {@link #MAX_CHARS}. */
    static int coverEnd(String text) {
        int end = Math.min(text.length(), MAX_CHARS);
        Matcher m = SignatureBlock.SENTENCE.matcher(text);
        return sixk.text.Scan.findFrom(m, text, 0, end, "pursuant") ? m.start() : end;
    }

    /** "FORM 6-K" printed alone on a line near the top, normalized ("6-K", "20-F", "10-K/A"). */
    static String printedForm(String text, int to) {
        Matcher m = FORM_TITLE.matcher(text).region(0, Math.min(to, text.length()));
        if (!m.find()) return null;
        return DASHES.matcher(WHITE.matcher(m.group(1)).replaceAll("")).replaceAll("-").toUpperCase(Locale.ROOT);
    }

    private static int firstQuestionLine(Lines lines) {
        for (int i = 0; i < lines.count(); i++) {
            String t = lines.trimmed(i);
            if (t.regionMatches(true, 0, "Indicate by check", 0, 17)) return i;
        }
        return -1;
    }

    private static int addressCaptionLine(Lines lines, int limit) {
        String text = lines.text();
        Matcher m = ADDRESS_CAPTION.matcher(text);
        for (int i = 0; i < limit; i++) {
            if (lines.blank(i)) continue;
            // A caption opens on the line (with its bracket) and may wrap onto the next: it is matched on from there.
            int to = Math.min(text.length(), lines.trimStart(i) + 220);
            for (int p = lines.trimStart(i), end = Math.min(lines.trimEnd(i), to); p < end; p++) {
                char c = text.charAt(p);
                if ((c == '(' || c == '[') && m.region(p, to).lookingAt()) return i;
            }
        }
        return -1;
    }

    /** Text printed before the caption on its own line ("Breitner Center, Amsterdam (Address of …)"). */
    private static String captionPrefix(Lines lines, int caption) {
        Matcher m = ADDRESS_CAPTION.matcher(lines.text()).region(lines.trimStart(caption), lines.trimEnd(caption));
        if (!m.find()) return "";
        String p = lines.text().substring(lines.trimStart(caption), m.start()).strip();
        return CoverLines.isCaption(p) ? "" : p;
    }

    /** The address lines above the caption, top to bottom, up to the line {@code stop} or another caption or heading. */
    private static List<Integer> addressBlock(Lines lines, int caption, int stop) {
        List<Integer> up = new ArrayList<>();
        for (int j = caption - 1; j > stop && j >= 0 && up.size() < MAX_ADDRESS_LINES; j--) {
            if (lines.blank(j)) continue;
            String t = lines.trimmed(j);
            if (PrincipalOfficeAddress.isRule(t) || PrincipalOfficeAddress.isPhone(t)) continue;
            if (CoverLines.isCaption(t) || CoverLines.isBoilerplate(t) || RegistrantName.CAPTION.matcher(t).find()) break;
            up.add(0, j);
        }
        return up;
    }
}
