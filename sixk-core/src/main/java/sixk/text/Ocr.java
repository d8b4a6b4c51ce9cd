package sixk.text;

import net.sourceforge.tess4j.Tesseract;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * OCR through tesseract (tess4j). When the native library or its English data is missing, the
 * result carries the reason instead of text, and the caller turns it into a warning.
 */
final class Ocr {
    record Result(String text, String error) {}

    private static final String[] TESSDATA = {
            System.getenv().getOrDefault("TESSDATA_PREFIX", ""),
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"};

    private Ocr() {}

    static Result read(BufferedImage image) {
        String data = null;
        for (String d : TESSDATA) {
            if (!d.isEmpty() && Files.exists(Path.of(d, "eng.traineddata"))) { data = d; break; }
        }
        if (data == null) return new Result(null, "tesseract English data not found (install tesseract-ocr-eng)");
        try {
            Tesseract t = new Tesseract();
            t.setDatapath(data);
            t.setLanguage("eng");
            return new Result(t.doOCR(image), null);
        } catch (Throwable e) { // UnsatisfiedLinkError, NoClassDefFoundError from JNA: tesseract absent
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Result(null, "tesseract is not available: " + msg.lines().findFirst().orElse(msg));
        }
    }
}
