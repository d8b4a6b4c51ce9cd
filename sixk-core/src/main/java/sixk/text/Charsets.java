package sixk.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides the charset of one document from its bytes: pure ASCII, valid UTF-8, or else
 * Windows-1252 (which EDGAR filers used for Latin-1 text: 0x92 is a right quote, not a control).
 * Decided per document, so one filing can mix them without mojibake.
 */
public final class Charsets {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {}

    public record Decoded(String text, String charset) {}

    public static Decoded decode(ByteBuffer bytes) {
        ByteBuffer b = bytes.duplicate();
        int n = b.remaining();
        boolean ascii = true;
        int start = b.position();
        for (int i = start; i < start + n; i++) {
            if (b.get(i) < 0) { ascii = false; break; }
        }
        if (ascii) return new Decoded(StandardCharsets.ISO_8859_1.decode(b).toString(), "US-ASCII");
        int skip = hasUtf8Bom(b) ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer in = b.duplicate();
            in.position(in.position() + skip);
            return new Decoded(utf8.decode(in).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(WINDOWS_1252.decode(b.duplicate()).toString(), "windows-1252");
        }
    }

    private static boolean hasUtf8Bom(ByteBuffer b) {
        int p = b.position();
        return b.remaining() >= 3 && b.get(p) == (byte) 0xEF && b.get(p + 1) == (byte) 0xBB && b.get(p + 2) == (byte) 0xBF;
    }
}
