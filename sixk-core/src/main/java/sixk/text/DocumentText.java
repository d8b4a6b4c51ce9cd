package sixk.text;

import sixk.record.Warning;

import java.util.List;

/**
 * The normalized text of one document, its format (html, text, pdf, image, xml, binary, empty),
 * the map back to the decoded source, the charset it was decoded with, and what went wrong.
 */
public record DocumentText(String text, String format, OffsetMap map, String charset, List<Warning> warnings) {
    public static DocumentText empty(String format, List<Warning> warnings) {
        return new DocumentText("", format, OffsetMap.identity(), null, warnings);
    }
}
