package sixk.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import sixk.record.Warning;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Text of a PDF through PDFBox; a PDF without a text layer (a scan) goes to OCR. */
final class PdfText {
    /** Scans beyond this many pages are not OCR'd: OCR costs seconds per page. */
    private static final int MAX_OCR_PAGES = 50;

    private PdfText() {}

    static DocumentText read(byte[] bytes, int index, int limit) {
        List<Warning> warnings = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String raw = stripper.getText(pdf);
            if (raw.strip().length() >= 20 || pdf.getNumberOfPages() == 0) {
                HtmlText.Result r = PlainText.convert(raw, limit);
                if (r.truncated()) warnings.add(Warning.at("document_truncated", "PDF text cut at " + limit + " characters", index));
                return new DocumentText(r.text(), "pdf", r.map(), null, warnings);
            }
            // No text layer: render the pages and read them.
            PDFRenderer renderer = new PDFRenderer(pdf);
            StringBuilder sb = new StringBuilder();
            int pages = Math.min(pdf.getNumberOfPages(), MAX_OCR_PAGES);
            if (pdf.getNumberOfPages() > pages) {
                warnings.add(Warning.at("ocr_pages_limited", "only the first " + pages + " of " + pdf.getNumberOfPages() + " scanned pages were read", index));
            }
            for (int p = 0; p < pages; p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 300, ImageType.GRAY);
                Ocr.Result r = Ocr.read(image);
                if (r.error() != null) {
                    warnings.add(Warning.at("ocr_unavailable", "the PDF has no text layer and OCR failed: " + r.error(), index));
                    return DocumentText.empty("pdf", warnings);
                }
                sb.append(r.text()).append('\n');
            }
            warnings.add(Warning.at("ocr_used", "the PDF has no text layer; its text was read by OCR and may contain errors", index));
            HtmlText.Result r = PlainText.convert(sb.toString(), limit);
            return new DocumentText(r.text(), "pdf", r.map(), null, warnings);
        } catch (IOException | RuntimeException e) {
            warnings.add(Warning.at("pdf_unreadable", "the PDF could not be read: " + e.getMessage(), index));
            return DocumentText.empty("pdf", warnings);
        }
    }
}
