package sixk.text;

import sixk.record.Warning;
import sixk.submission.RawDocument;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one raw document into {@link DocumentText}: decides its kind from its bytes (and only
 * then from its name), decodes the charset, and dispatches to the HTML, text, PDF or OCR reader.
 * Sizes are bounded so that one huge document cannot exhaust the heap: bytes past
 * {@link #MAX_BYTES} and characters past {@link #MAX_CHARS} are not read, with a warning.
 */
public final class DocumentReader {
    public static final int MAX_BYTES = 48 * 1024 * 1024;
    public static final int MAX_CHARS = 24 * 1024 * 1024;

    private final boolean ocrImages;

    /** @param ocrImages whether images are read by OCR (true for a scanned page given alone; logos in a submission are not) */
    public DocumentReader(boolean ocrImages) { this.ocrImages = ocrImages; }

    public DocumentText read(RawDocument doc, int index) { return read(doc, index, MAX_CHARS); }

    /** Reads a document, keeping at most {@code maxChars} characters of its text. */
    public DocumentText read(RawDocument doc, int index, int maxChars) {
        List<Warning> warnings = new ArrayList<>();
        int limit = Math.max(0, Math.min(maxChars, MAX_CHARS));
        ByteBuffer body = doc.body().duplicate();
        if (body.remaining() > MAX_BYTES) {
            warnings.add(Warning.at("document_truncated", "document is " + body.remaining() + " bytes; only the first "
                    + MAX_BYTES + " were read", index));
            body = body.slice(body.position(), MAX_BYTES);
        }
        String name = doc.contentName() == null ? "" : doc.contentName().toLowerCase(Locale.ROOT);
        String kind = sniff(body, name, doc.type());
        switch (kind) {
            case "empty" -> { return DocumentText.empty("empty", warnings); }
            case "pdf" -> {
                DocumentText t = PdfText.read(bytes(body), index, limit);
                return merge(t, warnings);
            }
            case "image" -> { return image(body, index, warnings); }
            case "binary" -> {
                warnings.add(Warning.at("binary_document", "document " + describe(doc) + " is binary data, not text", index));
                return DocumentText.empty("binary", warnings);
            }
            default -> { }
        }
        Charsets.Decoded decoded = Charsets.decode(body);
        HtmlText.Result r = kind.equals("text") ? PlainText.convert(decoded.text(), limit)
                : HtmlText.convert(decoded.text(), limit);
        if (r.truncated()) warnings.add(Warning.at("document_truncated", "document text cut at " + limit + " characters", index));
        return new DocumentText(r.text(), kind, r.map(), decoded.charset(), warnings);
    }

    private DocumentText image(ByteBuffer body, int index, List<Warning> warnings) {
        if (!ocrImages) return DocumentText.empty("image", warnings);
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes(body)));
            if (img == null) {
                warnings.add(Warning.at("image_unreadable", "the image format is not supported", index));
                return DocumentText.empty("image", warnings);
            }
            Ocr.Result r = Ocr.read(img);
            if (r.error() != null) {
                warnings.add(Warning.at("ocr_unavailable", "the image was not read: " + r.error(), index));
                return DocumentText.empty("image", warnings);
            }
            warnings.add(Warning.at("ocr_used", "the text was read from an image by OCR and may contain errors", index));
            HtmlText.Result t = PlainText.convert(r.text(), MAX_CHARS);
            return new DocumentText(t.text(), "image", t.map(), null, warnings);
        } catch (IOException | RuntimeException e) {
            warnings.add(Warning.at("image_unreadable", "the image could not be read: " + e.getMessage(), index));
            return DocumentText.empty("image", warnings);
        }
    }

    /** Decides the kind of a body: empty, pdf, image, binary, xml, html or text. */
    static String sniff(ByteBuffer b, String name, String type) {
        int p = b.position(), end = b.limit();
        while (p < end && isBlank(b.get(p))) p++;
        if (p >= end) return "empty";
        if (startsWith(b, p, "%PDF")) return "pdf";
        int b0 = b.get(p) & 0xFF, b1 = p + 1 < end ? b.get(p + 1) & 0xFF : 0, b2 = p + 2 < end ? b.get(p + 2) & 0xFF : 0;
        if ((b0 == 0x89 && b1 == 'P' && b2 == 'N') || (b0 == 0xFF && b1 == 0xD8) || startsWith(b, p, "GIF8")
                || startsWith(b, p, "II*") || startsWith(b, p, "MM\0*") || (startsWith(b, p, "BM") && name.endsWith(".bmp"))) {
            return "image";
        }
        int sample = Math.min(end, p + 8192);
        int controls = 0;
        for (int i = p; i < sample; i++) {
            int c = b.get(i) & 0xFF;
            if (c == 0) return "binary";
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        if (controls > (sample - p) / 10) return "binary";
        String head = new String(bytes(b.slice(p, sample - p)), Charsets.WINDOWS_1252).toLowerCase(Locale.ROOT);
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        boolean xmlish = head.startsWith("<?xml") || head.startsWith("<xml>") || head.startsWith("<xbrl");
        if (xmlish && !head.contains("<html")) return "xml";
        if (t.startsWith("EX-101") || name.endsWith(".xml") || name.endsWith(".xsd")) return "xml";
        // "<table" alone is not HTML: 1990s text filings mark tables with <TABLE>, <S> and <C>.
        if (head.contains("<html") || head.contains("<body") || head.contains("<p>") || head.contains("<p ")
                || head.contains("<div") || head.contains("<td") || head.contains("<tr") || head.contains("<font") || head.contains("<br")
                || name.endsWith(".htm") || name.endsWith(".html")) {
            return "html";
        }
        return "text";
    }

    private static DocumentText merge(DocumentText t, List<Warning> earlier) {
        if (earlier.isEmpty()) return t;
        List<Warning> all = new ArrayList<>(earlier);
        all.addAll(t.warnings());
        return new DocumentText(t.text(), t.format(), t.map(), t.charset(), all);
    }

    private static String describe(RawDocument doc) {
        return doc.contentName() != null ? doc.contentName() : doc.type() != null ? doc.type() : "";
    }

    private static boolean isBlank(byte c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == (byte) 0xA0; }

    private static boolean startsWith(ByteBuffer b, int p, String s) {
        if (p + s.length() > b.limit()) return false;
        for (int i = 0; i < s.length(); i++) if (b.get(p + i) != (byte) s.charAt(i)) return false;
        return true;
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}
