package sixk.submission;

import java.nio.ByteBuffer;

/**
 * One {@code <DOCUMENT>} of a submission as found: its declared fields and the bytes of its
 * {@code <TEXT>} body. {@code body} is a slice of the input (no copy). When the body was
 * uuencoded, {@code uuencodedName} is the file name from its "begin" line and {@code body}
 * holds the decoded bytes.
 */
public record RawDocument(String type, Integer sequence, String filename, String description,
                          ByteBuffer body, String uuencodedName, boolean pdfTagged) {

    public boolean uuencoded() { return uuencodedName != null; }

    /** The name that best tells the content kind: the uuencoded name, else the filename. */
    public String contentName() {
        return uuencodedName != null ? uuencodedName : filename;
    }
}
