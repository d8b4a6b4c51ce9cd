package sixk.text;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
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
        if (ascii) return new Decoded(string(b, start, start + n, StandardCharsets.ISO_8859_1), "US-ASCII");
        int skip = hasUtf8Bom(b) ? 3 : 0;
        if (validUtf8(b, start + skip, start + n)) return new Decoded(string(b, start + skip, start + n, StandardCharsets.UTF_8), "UTF-8");
        return new Decoded(string(b, start, start + n, WINDOWS_1252), "windows-1252");
    }

    /**
     * The bytes [from, to) as a String, decoded by the String constructor: for ASCII one copy into a
     * Latin-1 string, where a CharsetDecoder fills a char array that toString() copies again.
     * Malformed and unmappable bytes are replaced either way.
     */
    private static String string(ByteBuffer b, int from, int to, Charset cs) {
        if (b.hasArray()) return new String(b.array(), b.arrayOffset() + from, to - from, cs);
        byte[] copy = new byte[to - from];
        b.get(from, copy);
        return new String(copy, cs);
    }

    /** Strict UTF-8 well-formedness (no overlongs, no surrogates), without decoding. */
    static boolean validUtf8(ByteBuffer b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b.get(i) & 0xFF;
            if (c < 0x80) { i++; continue; }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
            else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
            else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
            else return false;
            if (i + need >= to) return false;
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int d = b.get(i + k) & 0xFF;
                if ((d & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (d & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            i += need + 1;
        }
        return true;
    }

    private static boolean hasUtf8Bom(ByteBuffer b) {
        int p = b.position();
        return b.remaining() >= 3 && b.get(p) == (byte) 0xEF && b.get(p + 1) == (byte) 0xBB && b.get(p + 2) == (byte) 0xBF;
    }
}
