package sixk.pipeline;

import sixk.record.DocumentInfo;
import sixk.record.FilingRecord;
import sixk.record.Source;
import sixk.record.Warning;
import sixk.submission.RawDocument;
import sixk.submission.Submission;
import sixk.submission.SubmissionParser;
import sixk.text.DocumentReader;
import sixk.text.DocumentText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one road from bytes to a {@link FilingRecord}, used unchanged by the CLI, the server and
 * the Spark job: bytes → Submission → document text → stages (structure, press releases,
 * entities, events) → record. Thread-safe: one instance can serve all threads.
 */
public final class FilingReader {
    private static final Pattern EXHIBIT_NUMBER = Pattern.compile("^EX-(\\d+(?:[.-][0-9A-Z]+)*)", Pattern.CASE_INSENSITIVE);

    /** Text kept per submission, across its documents: bounds memory for a huge submission. */
    public static final int MAX_TOTAL_CHARS = 64 * 1024 * 1024;

    private final List<Stage> stages;
    private final boolean ocrImages;

    public FilingReader(List<Stage> stages, boolean ocrImages) {
        this.stages = List.copyOf(stages);
        this.ocrImages = ocrImages;
    }

    /** The full extraction: every stage sixk has. */
    public static FilingReader standard() { return new FilingReader(Stages.all(), true); }

    /** Reads a file, memory-mapped so that a large submission stays off the heap. */
    public FilingRecord read(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) throw new IOException("file is larger than 2 GB: " + path);
            ByteBuffer buf = size == 0 ? ByteBuffer.allocate(0) : ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return read(buf, path.toString());
        }
    }

    public FilingRecord read(byte[] bytes, String path) { return read(ByteBuffer.wrap(bytes), path); }

    /** The same, with the bytes' SHA-256 already computed by the caller (ingest hashes every input to skip those it has). */
    public FilingRecord read(byte[] bytes, String path, String sha256) { return read(ByteBuffer.wrap(bytes), path, sha256); }

    public FilingRecord read(ByteBuffer bytes, String path) { return read(bytes, path, null); }

    private FilingRecord read(ByteBuffer bytes, String path, String knownSha256) {
        Submission submission = new SubmissionParser().parse(bytes);
        if ("document".equals(submission.format())) {
            String what = NotAFiling.what(bytes, path);
            if (what != null) return dataRecord(submission, bytes, path, knownSha256, what);
        }
        List<String> texts = new ArrayList<>();
        List<DocumentInfo> infos = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<Warning> docWarnings = new ArrayList<>();
        DocumentReader reader = new DocumentReader(ocrImages && !"sgml".equals(submission.format()));
        List<RawDocument> docs = submission.documents();
        int budget = MAX_TOTAL_CHARS;
        for (int i = 0; i < docs.size(); i++) {
            RawDocument raw = docs.get(i);
            DocumentText text;
            if (isUnofficialPdfCopy(docs, i)) {
                // EDGAR accepts PDF only as an unofficial copy of an official HTML/text document of
                // the same type; reading it would double every entity and event, and cost PDF parsing.
                text = DocumentText.empty("pdf", List.of(Warning.at("pdf_copy_not_read",
                        "unofficial PDF copy of the " + raw.type() + " document; its official text is read instead", i)));
            } else {
                text = reader.read(raw, i, budget);
            }
            budget -= text.text().length();
            texts.add(text.text());
            formats.add(text.format());
            docWarnings.addAll(text.warnings());
            infos.add(new DocumentInfo(raw.sequence(), raw.type(), raw.filename(), raw.description(), text.format(),
                    exhibitNumber(raw.type()), null, text.text().length()));
        }
        String format = "sgml".equals(submission.format()) || formats.isEmpty() ? submission.format() : formats.get(0);
        Source source = new Source(path, knownSha256 != null ? knownSha256 : sha256(bytes), bytes.limit(), format);
        Filing filing = new Filing(source, submission, texts, infos, formats);
        filing.warnings.addAll(docWarnings);
        if ("document".equals(submission.format()) && !formats.isEmpty()) {
            filing.warnings.add(0, Warning.of("no_header", "no SEC header: form, accession and filer come from the document text, if at all"));
        }
        for (Stage stage : stages) {
            try {
                stage.apply(filing);
            } catch (RuntimeException | StackOverflowError e) {
                // A stage bug must not lose the rest of the record; it is reported, not hidden.
                filing.warnings.add(Warning.of("stage_failed", stage.name() + " failed: " + e));
            }
        }
        return filing.toRecord();
    }

    /** The record of an input that is data, not a filing: its source and a warning saying what it is; nothing read from it. */
    private static FilingRecord dataRecord(Submission submission, ByteBuffer bytes, String path, String knownSha256, String what) {
        Source source = new Source(path, knownSha256 != null ? knownSha256 : sha256(bytes), bytes.limit(), "data");
        Filing filing = new Filing(source, submission, List.of(), List.of(), List.of());
        filing.warnings.add(Warning.of(NOT_A_FILING, what + ", not a filing; nothing was read from it"));
        return filing.toRecord();
    }

    /** The warning of a record read from data that is not a filing; stores and indexes leave such records out. */
    public static final String NOT_A_FILING = "not_a_filing";

    /** Why the record's input is not a filing (its {@link #NOT_A_FILING} warning's message), or null when it is one. */
    public static String notAFiling(FilingRecord r) {
        for (Warning w : r.warnings()) if (NOT_A_FILING.equals(w.code())) return w.message();
        return null;
    }

    static boolean isUnofficialPdfCopy(List<RawDocument> docs, int i) {
        RawDocument d = docs.get(i);
        if (!isPdf(d) || d.type() == null) return false;
        for (int j = 0; j < docs.size(); j++) {
            RawDocument o = docs.get(j);
            if (j != i && d.type().equalsIgnoreCase(o.type()) && !isPdf(o) && !o.uuencoded()) return true;
        }
        return false;
    }

    private static boolean isPdf(RawDocument d) {
        String name = d.contentName();
        return d.pdfTagged() || (name != null && name.toLowerCase(Locale.ROOT).endsWith(".pdf"));
    }

    /** "EX-99.1" → "99.1", "EX-1" → "1"; null for the main document and graphics. */
    public static String exhibitNumber(String type) {
        if (type == null) return null;
        Matcher m = EXHIBIT_NUMBER.matcher(type.strip());
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /** The SHA-256 of bytes, in hex: a filing's id when it has no accession number, and the key of its input. */
    public static String sha256(ByteBuffer bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes.duplicate().position(0));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
