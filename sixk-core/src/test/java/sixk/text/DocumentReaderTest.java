package sixk.text;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.submission.RawDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DocumentReaderTest {
    private static DocumentText read(byte[] bytes, String name, boolean ocr) {
        return new DocumentReader(ocr).read(new RawDocument(null, 1, name, null, ByteBuffer.wrap(bytes), null, false), 0);
    }

    @Test
    void pdfTextLayerIsRead() throws IOException {
        DocumentText t = read(pdf("Flamel Technologies Announces Receipt of $4 Million Milestone Payment"), "x.pdf", true);
        assertThat(t.format()).isEqualTo("pdf");
        assertThat(t.text()).contains("Milestone Payment");
    }

    @Test
    void scannedPageIsReadByOcr() {
        DocumentText t = read(TestFiles.resource("scans/pds-spec-page5.png"), "page.png", true);
        assumeTrue(t.warnings().stream().noneMatch(w -> w.code().equals("ocr_unavailable")), "tesseract is not installed: OCR test skipped: " + t.warnings());
        assertThat(t.format()).isEqualTo("image");
        assertThat(t.text()).contains("Accession Number");
        assertThat(t.warnings()).extracting("code").contains("ocr_used");
    }

    @Test
    void imageOnlyPdfGoesToOcr() throws IOException {
        byte[] png = TestFiles.resource("scans/pds-spec-page5.png");
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject img = PDImageXObject.createFromByteArray(doc, png, "scan");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        DocumentText t = read(pdf, "scan.pdf", true);
        assumeTrue(t.warnings().stream().noneMatch(w -> w.code().equals("ocr_unavailable")), "tesseract is not installed: OCR test skipped: " + t.warnings());
        assertThat(t.text()).containsIgnoringCase("accession");
    }

    @Test
    void graphicsInsideASubmissionAreNotOcrd() {
        DocumentText t = read(TestFiles.resource("scans/pds-spec-page5.png"), "logo.png", false);
        assertThat(t.format()).isEqualTo("image");
        assertThat(t.text()).isEmpty();
    }

    @Test
    void binaryIsNotText() {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i * 31);
        DocumentText t = read(junk, "x.bin", true);
        assertThat(t.format()).isEqualTo("binary");
        assertThat(t.warnings()).extracting("code").containsExactly("binary_document");
    }

    @Test
    void kindIsSniffedFromBytes() {
        assertThat(DocumentReader.sniff(ByteBuffer.wrap("<html><body>x".getBytes(StandardCharsets.US_ASCII)), "", "6-K")).isEqualTo("html");
        assertThat(DocumentReader.sniff(ByteBuffer.wrap("  FORM 6-K\n".getBytes(StandardCharsets.US_ASCII)), "", "6-K")).isEqualTo("text");
        assertThat(DocumentReader.sniff(ByteBuffer.wrap("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.US_ASCII)), "", null)).isEqualTo("xml");
        assertThat(DocumentReader.sniff(ByteBuffer.wrap("   \n ".getBytes(StandardCharsets.US_ASCII)), "", null)).isEqualTo("empty");
    }

    private static byte[] pdf(String line) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(40, 700);
                cs.showText(line);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
