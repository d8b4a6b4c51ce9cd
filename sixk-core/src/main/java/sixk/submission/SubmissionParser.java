package sixk.submission;

import sixk.record.Header;
import sixk.record.Warning;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits input bytes into a {@link Submission}: the EDGAR envelope (PEM, {@code <SEC-DOCUMENT>},
 * {@code <SEC-HEADER>}, {@code <IMS-HEADER>}, the .nc {@code <SUBMISSION>} form) and its
 * {@code <DOCUMENT>} blocks; or, for a bare HTML, text, PDF or image file, one document.
 * Never throws for bad input: what it cannot read becomes a warning.
 */
public final class SubmissionParser {
    private static final byte[] DOCUMENT = Bytes.ascii("<DOCUMENT>");
    private static final byte[] DOCUMENT_END = Bytes.ascii("</DOCUMENT>");
    private static final byte[] TEXT = Bytes.ascii("<TEXT>");
    private static final byte[] TEXT_END = Bytes.ascii("</TEXT>");
    private static final byte[] SEC_HEADER = Bytes.ascii("<SEC-HEADER>");
    private static final byte[] SEC_HEADER_END = Bytes.ascii("</SEC-HEADER>");
    private static final byte[] IMS_HEADER = Bytes.ascii("<IMS-HEADER>");
    private static final byte[] IMS_HEADER_END = Bytes.ascii("</IMS-HEADER>");
    private static final byte[] SUBMISSION = Bytes.ascii("<SUBMISSION>");
    private static final byte[] SEC_DOCUMENT = Bytes.ascii("<SEC-DOCUMENT>");
    private static final byte[] SEC_DOCUMENT_END = Bytes.ascii("</SEC-DOCUMENT>");
    private static final byte[] IMS_DOCUMENT_END = Bytes.ascii("</IMS-DOCUMENT>");
    private static final byte[] SUBMISSION_END = Bytes.ascii("</SUBMISSION>");
    private static final byte[] ACCEPTANCE = Bytes.ascii("<ACCEPTANCE-DATETIME>");
    private static final byte[] ACCESSION_NUMBER = Bytes.ascii("ACCESSION NUMBER:");
    private static final byte[] SUBMISSION_TYPE = Bytes.ascii("CONFORMED SUBMISSION TYPE:");
    private static final byte[] PDF_TAG = Bytes.ascii("<PDF>");

    /** How far into a file the envelope tags are looked for before calling it a plain document. */
    private static final int SNIFF = 64 * 1024;

    public Submission parse(ByteBuffer buf) {
        List<Warning> warnings = new ArrayList<>();
        int len = buf.limit();
        if (len == 0) {
            warnings.add(Warning.of("empty_input", "the input is empty"));
            return new Submission("empty", null, List.of(), warnings);
        }
        int sniffEnd = Math.min(len, SNIFF);
        int firstDoc = lineStartIndexOf(buf, DOCUMENT, 0, sniffEnd);
        // A header comes before the documents: past the first one there is none to look for.
        int headerEnd = firstDoc >= 0 ? firstDoc : sniffEnd;
        int secHeader = Bytes.indexOf(buf, SEC_HEADER, 0, headerEnd);
        int imsHeader = secHeader >= 0 ? -1 : Bytes.indexOf(buf, IMS_HEADER, 0, headerEnd);
        int submission = Bytes.indexOf(buf, SUBMISSION, 0, Math.min(len, 4096));
        // A header saved on its own (EDGAR's .hdr.sgml, "-index-headers" pages) has no enclosing tag.
        int bareHeader = Bytes.indexOf(buf, ACCESSION_NUMBER, 0, Math.min(len, 4096));
        if (bareHeader >= 0 && Bytes.indexOf(buf, SUBMISSION_TYPE, bareHeader, Math.min(len, 8192)) < 0) bareHeader = -1;
        boolean sgml = firstDoc >= 0 || secHeader >= 0 || imsHeader >= 0 || submission >= 0 || bareHeader >= 0;
        if (!sgml) return single(buf, warnings);

        Header header = null;
        int docsFrom = 0;
        if (secHeader >= 0 || imsHeader >= 0) {
            boolean sec = secHeader >= 0;
            int start = sec ? secHeader : imsHeader;
            int end = Bytes.indexOf(buf, sec ? SEC_HEADER_END : IMS_HEADER_END, start, len);
            int bodyFrom = Bytes.nextLine(buf, start, len);
            if (end < 0) {
                warnings.add(Warning.of("header_unclosed", "the " + (sec ? "SEC" : "IMS") + "-HEADER is not closed"));
                end = firstDoc >= 0 ? firstDoc : Math.min(len, bodyFrom + SNIFF);
            }
            header = new HeaderParser(warnings).parse(decodeHeader(buf, bodyFrom, end));
            int acc = Bytes.indexOf(buf, ACCEPTANCE, 0, end);
            if (acc >= 0 && header.acceptanceDatetime() == null) {
                String value = Bytes.latin1(buf, acc + ACCEPTANCE.length, Bytes.nextLine(buf, acc, len));
                header = withAcceptance(header, value);
            }
            docsFrom = end;
        } else if (submission >= 0) {
            int end = firstDoc >= 0 ? firstDoc : lineStartIndexOf(buf, DOCUMENT, submission, len);
            if (end < 0) end = len;
            header = new HeaderParser(warnings).parse(decodeHeader(buf, submission + SUBMISSION.length, end));
            docsFrom = end;
        } else if (bareHeader >= 0) {
            int end = firstDoc >= 0 ? firstDoc : lineStartIndexOf(buf, DOCUMENT, bareHeader, len);
            if (end < 0) end = Math.min(len, bareHeader + SNIFF);
            header = new HeaderParser(warnings).parse(decodeHeader(buf, 0, end));
            docsFrom = end;
        }

        List<RawDocument> documents = readDocuments(buf, docsFrom, len, warnings);
        if (documents.isEmpty()) warnings.add(Warning.of("no_documents", "the submission has a header but no <DOCUMENT>"));
        if (header != null && header.publicDocumentCount() != null && header.publicDocumentCount() != documents.size()) {
            warnings.add(Warning.of("document_count_mismatch", "PUBLIC DOCUMENT COUNT is " + header.publicDocumentCount()
                    + " but " + documents.size() + " documents were found"));
        }
        boolean enveloped = Bytes.indexOf(buf, SEC_DOCUMENT, 0, headerEnd) >= 0 || submission >= 0 || imsHeader >= 0;
        if (enveloped && !endsWithClose(buf, len)) {
            warnings.add(Warning.of("truncated", "the submission ends before its closing tag: it may be truncated"));
        }
        return new Submission("sgml", header, documents, warnings);
    }

    private List<RawDocument> readDocuments(ByteBuffer buf, int from, int len, List<Warning> warnings) {
        List<RawDocument> out = new ArrayList<>();
        int at = lineStartIndexOf(buf, DOCUMENT, from, len);
        while (at >= 0) {
            int contentStart = at + DOCUMENT.length;
            int next = lineStartIndexOf(buf, DOCUMENT, contentStart, len);
            int close = Bytes.lastIndexOf(buf, DOCUMENT_END, contentStart, next >= 0 ? next : len);
            int end;
            if (close >= 0) end = close;
            else {
                end = next >= 0 ? next : len;
                warnings.add(Warning.at("document_unclosed", "a <DOCUMENT> is not closed by </DOCUMENT>", out.size()));
            }
            out.add(readDocument(buf, contentStart, end, out.size(), warnings));
            at = next;
        }
        return out;
    }

    private RawDocument readDocument(ByteBuffer buf, int from, int to, int index, List<Warning> warnings) {
        String type = null, filename = null, description = null;
        Integer sequence = null;
        int i = from;
        int bodyStart = -1;
        while (i < to) {
            int lineEnd = Bytes.nextLine(buf, i, to);
            int p = i;
            while (p < lineEnd && Bytes.isSpace(buf.get(p))) p++;
            if (p < lineEnd && buf.get(p) == '<') {
                if (Bytes.startsWith(buf, p, TEXT, lineEnd)) {
                    bodyStart = p + TEXT.length;
                    break;
                }
                int close = -1;
                for (int q = p; q < lineEnd; q++) if (buf.get(q) == '>') { close = q; break; }
                if (close > p) {
                    String tag = Bytes.latin1(buf, p + 1, close).toUpperCase();
                    String value = Bytes.latin1(buf, close + 1, lineEnd);
                    switch (tag) {
                        case "TYPE" -> type = value;
                        case "SEQUENCE" -> sequence = parseInt(value);
                        case "FILENAME" -> filename = value;
                        case "DESCRIPTION" -> description = value;
                        default -> { }
                    }
                }
            } else if (p < lineEnd) {
                // Body text without a <TEXT> tag: a document block cut short or hand-made.
                bodyStart = i;
                warnings.add(Warning.at("no_text_tag", "document has no <TEXT> tag; its body is read as is", index));
                break;
            }
            i = lineEnd;
        }
        if (bodyStart < 0) bodyStart = to;
        int bodyEnd = Bytes.lastIndexOf(buf, TEXT_END, bodyStart, to);
        if (bodyEnd < 0) {
            bodyEnd = to;
            if (bodyStart < to) warnings.add(Warning.at("text_unclosed", "document <TEXT> is not closed by </TEXT>", index));
        }
        // The body begins after the line of <TEXT>.
        if (bodyStart < bodyEnd && buf.get(bodyStart) == '\r') bodyStart++;
        if (bodyStart < bodyEnd && buf.get(bodyStart) == '\n') bodyStart++;

        boolean pdfTagged = false;
        int scan = bodyStart;
        while (scan < bodyEnd && Bytes.isSpace(buf.get(scan))) scan++;
        if (Bytes.startsWith(buf, scan, PDF_TAG, bodyEnd)) { pdfTagged = true; scan += PDF_TAG.length; }
        int begin = Uudecoder.findBegin(buf, scan, bodyEnd);
        if (begin >= 0) {
            Uudecoder.Result r = Uudecoder.decode(buf, begin, bodyEnd);
            if (r.badLines() > 0) warnings.add(Warning.at("uudecode_bad_lines", r.badLines() + " uuencoded lines could not be decoded", index));
            return new RawDocument(type, sequence, filename, description, ByteBuffer.wrap(r.bytes()), r.name().isEmpty() ? "unnamed" : r.name(), pdfTagged);
        }
        return new RawDocument(type, sequence, filename, description, buf.slice(bodyStart, bodyEnd - bodyStart), null, pdfTagged);
    }

    /** A file that is not an SGML submission: one document whose kind the text reader decides. */
    private Submission single(ByteBuffer buf, List<Warning> warnings) {
        RawDocument doc = new RawDocument(null, 1, null, null, buf.slice(0, buf.limit()), null, false);
        return new Submission("document", null, List.of(doc), warnings);
    }

    private static boolean endsWithClose(ByteBuffer buf, int len) {
        int from = Math.max(0, len - 512);
        return Bytes.indexOf(buf, SEC_DOCUMENT_END, from, len) >= 0 || Bytes.indexOf(buf, SUBMISSION_END, from, len) >= 0
                || Bytes.indexOf(buf, IMS_DOCUMENT_END, from, len) >= 0;
    }

    /** {@code <DOCUMENT>} only counts at the start of a line, so quoted tags inside a body do not split it. */
    private static int lineStartIndexOf(ByteBuffer buf, byte[] tag, int from, int to) {
        if (from == 0 && Bytes.startsWith(buf, 0, tag, to)) return 0;
        // Searching for "\n<TAG>" skips the many '<' of an HTML body that cannot start a line.
        byte[] lineTag = new byte[tag.length + 1];
        lineTag[0] = '\n';
        System.arraycopy(tag, 0, lineTag, 1, tag.length);
        int at = Bytes.indexOf(buf, lineTag, Math.max(0, from - 1), to);
        return at < 0 ? -1 : at + 1;
    }

    private static String decodeHeader(ByteBuffer buf, int from, int to) {
        byte[] b = new byte[Math.max(0, to - from)];
        buf.get(from, b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Header withAcceptance(Header h, String acceptance) {
        return new Header(h.accession(), h.submissionType(), h.publicDocumentCount(), h.periodOfReport(), h.filedAsOf(),
                h.dateOfChange(), acceptance, h.items(), h.filers(), h.groupMembers(), h.other());
    }
}
