package sixk.pipeline;

import sixk.record.Cover;
import sixk.record.DocumentInfo;
import sixk.record.Entity;
import sixk.record.Event;
import sixk.record.FilingRecord;
import sixk.record.Header;
import sixk.record.PressRelease;
import sixk.record.Signature;
import sixk.record.Source;
import sixk.record.Stamp;
import sixk.record.Warning;
import sixk.submission.Submission;
import sixk.text.Scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filing while it is being read: what the reader found (header, documents and their
 * normalized text) and what each {@link Stage} adds. Stages read what earlier stages wrote and
 * never re-parse it. {@link #toRecord()} freezes it into the {@link FilingRecord}.
 */
public final class Filing {
    private final Source source;
    private final Submission submission;
    private final List<String> texts;
    private final List<DocumentInfo> documents;
    private final List<String> formats;
    /** Per document, where its words start; found when first asked. */
    private final List<int[]> wordStarts = new ArrayList<>();

    public String form;
    public Cover cover = Cover.EMPTY;
    public final List<Signature> signatures = new ArrayList<>();
    public final List<Stamp> stamps = new ArrayList<>();
    public final List<PressRelease> pressReleases = new ArrayList<>();
    public final List<Event> events = new ArrayList<>();
    public final List<Entity> entities = new ArrayList<>();
    public final List<Warning> warnings = new ArrayList<>();

    Filing(Source source, Submission submission, List<String> texts, List<DocumentInfo> documents, List<String> formats) {
        this.source = source;
        this.submission = submission;
        this.texts = texts;
        this.documents = documents;
        this.formats = formats;
        this.warnings.addAll(submission.warnings());
        Header h = submission.header();
        this.form = h != null && h.submissionType() != null && !h.submissionType().isBlank() ? h.submissionType().strip() : null;
    }

    public Source source() { return source; }

    public Header header() { return submission.header(); }

    public Submission submission() { return submission; }

    public int documentCount() { return texts.size(); }

    public String text(int i) { return texts.get(i); }

    /** Where words and amounts start in document {@code i}'s text ({@link Scan#starts}): found once for every stage that reads them. */
    public int[] wordStarts(int i) {
        while (wordStarts.size() < texts.size()) wordStarts.add(null);
        int[] s = wordStarts.get(i);
        if (s == null) wordStarts.set(i, s = Scan.starts(texts.get(i)));
        return s;
    }

    /** The format of document {@code i}: html, text, pdf, image, xml, binary, empty. */
    public String format(int i) { return formats.get(i); }

    public DocumentInfo document(int i) { return documents.get(i); }

    /** Replaces document {@code i}'s info, e.g. to set the exhibit title once it is read. */
    public void document(int i, DocumentInfo info) { documents.set(i, info); }

    /**
     * Splits document {@code i} at offset {@code at} into two documents, {@code head} (its text up to
     * {@code at}) and {@code tail} (the rest, inserted at {@code i + 1}): a paper filing read as one
     * text prints its exhibits in it. Offsets into the tail start again at 0; the caller moves what
     * earlier stages found there.
     */
    public void splitDocument(int i, int at, DocumentInfo head, DocumentInfo tail) {
        String t = texts.get(i);
        texts.set(i, t.substring(0, at));
        texts.add(i + 1, t.substring(at));
        documents.set(i, head);
        documents.add(i + 1, tail);
        formats.add(i + 1, formats.get(i));
        wordStarts.clear();
    }

    /** Whether document {@code i} holds prose worth reading for structure, entities and events. */
    public boolean isProse(int i) {
        String f = formats.get(i);
        return f.equals("html") || f.equals("text") || f.equals("pdf") || f.equals("image");
    }

    /**
     * The index of the main document: the first whose type is the form (the 6-K itself), else
     * the first readable one.
     */
    public int mainDocument() {
        if (form != null) {
            for (int i = 0; i < documents.size(); i++) {
                String t = documents.get(i).type();
                if (t != null && t.equalsIgnoreCase(form)) return i;
            }
        }
        for (int i = 0; i < documents.size(); i++) if (isProse(i) && !texts.get(i).isEmpty()) return i;
        return documents.isEmpty() ? -1 : 0;
    }

    /** Whether the form is one of {@code forms}, ignoring case and amendments (6-K/A is 6-K). */
    public boolean formIs(String... forms) {
        if (form == null) return false;
        String f = form.toUpperCase(Locale.ROOT).replace("/A", "");
        for (String x : forms) if (f.equals(x)) return true;
        return false;
    }

    public FilingRecord toRecord() {
        Header h = submission.header();
        String accession = h != null ? h.accession() : null;
        return new FilingRecord(source, form, accession, h, cover, List.copyOf(signatures), List.copyOf(stamps),
                List.copyOf(documents), List.copyOf(pressReleases), List.copyOf(events), List.copyOf(entities),
                List.copyOf(warnings), List.copyOf(texts));
    }
}
