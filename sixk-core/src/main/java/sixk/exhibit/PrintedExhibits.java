package sixk.exhibit;

import sixk.cover.Lines;
import sixk.pipeline.Filing;
import sixk.record.DocumentInfo;
import sixk.record.Signature;
import sixk.record.Span;
import sixk.record.Stamp;
import sixk.record.Warning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper filing read as one text (no SEC header, one document) prints its exhibits after the
 * report, each under its own "Exhibit 1" heading. Such a filing is split into the report and one
 * document per exhibit, typed "EX-1", so that the record lists its exhibits as EDGAR would.
 * In an EDGAR submission an exhibit printed inside the main document is left where it is: the
 * submission's own documents say what its exhibits are.
 */
final class PrintedExhibits {
    private static final Pattern HEADING = Pattern.compile("^exhibit\\s+(?:no\\.?\\s*)?(\\d{1,3}(?:\\.\\d{1,3})?[a-z]?)\\s*[:.]?$", Pattern.CASE_INSENSITIVE);
    /** An exhibit is more than a heading: a page of text at least. */
    private static final int MIN_EXHIBIT_CHARS = 200;

    private PrintedExhibits() {}

    /** Splits document 0 of a header-less one-document filing at its exhibit headings; returns how many exhibits were found. */
    static int split(Filing filing) {
        if (filing.header() != null || filing.documentCount() != 1 || !filing.isProse(0)) return 0;
        String text = filing.text(0);
        int from = 0;
        for (Signature s : filing.signatures) if (s.document() != null && s.document() == 0 && s.span() != null) from = Math.max(from, s.span().end());
        Lines lines = Lines.of(text, from, text.length());
        List<int[]> headings = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < lines.count(); i++) {
            if (lines.blank(i)) continue;
            Matcher m = HEADING.matcher(lines.trimmed(i));
            if (m.matches() && (i == 0 || lines.blank(i - 1))) {
                headings.add(new int[]{lines.start(i)});
                numbers.add(m.group(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
        int found = 0;
        // Split from the last heading back, so that earlier offsets stay valid.
        for (int k = headings.size() - 1; k >= 0; k--) {
            int at = headings.get(k)[0];
            int end = filing.text(0).length();
            if (end - at < MIN_EXHIBIT_CHARS) continue;
            DocumentInfo main = filing.document(0);
            String mainType = main.type() != null ? main.type() : filing.form;
            String number = numbers.get(k);
            String tailText = filing.text(0).substring(at);
            DocumentInfo head = new DocumentInfo(main.sequence(), mainType, main.filename(), main.description(), main.format(),
                    main.exhibitNumber(), main.title(), at);
            DocumentInfo tail = new DocumentInfo(null, "EX-" + number, null, "printed in the filing's text after the report",
                    main.format(), number, null, tailText.length());
            filing.splitDocument(0, at, head, tail);
            moveFound(filing, at);
            found++;
        }
        return found;
    }

    /** Moves what earlier stages found past {@code at} in document 0 to document 1, and later documents one on. */
    private static void moveFound(Filing filing, int at) {
        for (int i = 0; i < filing.signatures.size(); i++) {
            Signature s = filing.signatures.get(i);
            Place p = place(s.document(), s.span(), at);
            if (p != null) filing.signatures.set(i, new Signature(s.registrant(), s.date(), s.signedAs(), s.name(), s.title(), p.document, p.span));
        }
        for (int i = 0; i < filing.stamps.size(); i++) {
            Stamp s = filing.stamps.get(i);
            Place p = place(s.document(), s.span(), at);
            if (p != null) filing.stamps.set(i, new Stamp(s.text(), s.date(), s.by(), p.document, p.span));
        }
        for (int i = 0; i < filing.warnings.size(); i++) {
            Warning w = filing.warnings.get(i);
            Place p = place(w.document(), w.span(), at);
            if (p != null) filing.warnings.set(i, new Warning(w.code(), w.message(), p.document, p.span));
        }
    }

    private record Place(int document, Span span) {}

    /** Where a finding lands after document 0 is split at {@code at}, or null when it does not move. */
    private static Place place(Integer document, Span span, int at) {
        if (document == null) return null;
        if (document > 0) return new Place(document + 1, span);
        if (span == null || span.start() < at) return null;
        return new Place(1, new Span(span.start() - at, span.end() - at));
    }
}
