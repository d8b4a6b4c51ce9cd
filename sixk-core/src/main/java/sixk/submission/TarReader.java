package sixk.submission;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a tar stream entry by entry without unpacking it to disk: ustar and old-GNU headers,
 * GNU long names (type L) and pax paths (type x). Only what the EDGAR Feed archives need; a
 * header with a bad checksum, or a stream that ends inside an entry, is an IOException.
 */
public final class TarReader {
    private static final int BLOCK = 512;

    /** One entry: its name, size, and type flag ('0' or NUL for a regular file). */
    public record Entry(String name, long size, char type) {
        public boolean isFile() { return type == '0' || type == '\0' || type == '7'; }
    }

    private final InputStream in;
    private final byte[] header = new byte[BLOCK];
    private long remaining;
    private long padding;

    public TarReader(InputStream in) { this.in = in; }

    /** The next entry, or null at the end of the archive. Skips what is left of the current entry. */
    public Entry next() throws IOException {
        skipBody();
        String longName = null;
        while (true) {
            int n = in.readNBytes(header, 0, BLOCK);
            if (n == 0) return null; // no end-of-archive blocks: tolerated, as GNU tar does
            if (n < BLOCK) throw new EOFException("tar stream ends inside a header");
            if (isZero(header)) return null;
            checkSum();
            String name = string(0, 100);
            long size = number(124, 12);
            char type = (char) (header[156] & 0xff);
            if (size < 0) throw new IOException("tar header with a negative size");
            String magic = string(257, 6);
            if (magic.startsWith("ustar")) {
                String prefix = string(345, 155);
                if (!prefix.isEmpty()) name = prefix + "/" + name;
            }
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            if (type == 'L' || type == 'x') {
                if (size > 1 << 20) throw new IOException("tar extended header too large: " + size);
                byte[] ext = readBody((int) size);
                skipBody();
                String v = type == 'L' ? new String(ext, StandardCharsets.UTF_8).replace("\0", "") : paxPath(ext);
                if (v != null) longName = v;
                continue;
            }
            if (type == 'g') {
                skipBody();
                continue;
            }
            return new Entry(longName != null ? longName : name, size, type);
        }
    }

    /** The current entry's bytes, all of them (the caller checks the size first). */
    public byte[] readBody(int size) throws IOException {
        if (size != remaining) throw new IllegalArgumentException("read the whole entry: " + remaining + " bytes");
        byte[] b = in.readNBytes(size);
        if (b.length < size) throw new EOFException("tar stream ends inside an entry (" + b.length + " of " + size + " bytes)");
        remaining = 0;
        return b;
    }

    private void skipBody() throws IOException {
        long left = remaining + padding;
        remaining = 0;
        padding = 0;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) throw new EOFException("tar stream ends inside an entry");
                s = 1;
            }
            left -= s;
        }
    }

    private void checkSum() throws IOException {
        long stored = number(148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xff);
        if (sum != stored) throw new IOException("corrupt tar header (checksum " + stored + ", computed " + sum + ")");
    }

    private String string(int off, int len) {
        int end = off;
        while (end < off + len && header[end] != 0) end++;
        return new String(header, off, end - off, StandardCharsets.UTF_8).strip();
    }

    /** Octal, NUL/space terminated; or GNU base-256 when the high bit of the first byte is set. */
    private long number(int off, int len) throws IOException {
        if ((header[off] & 0x80) != 0) {
            long v = header[off] & 0x7f;
            for (int i = 1; i < len; i++) v = (v << 8) | (header[off + i] & 0xff);
            return v;
        }
        long v = 0;
        int i = off;
        while (i < off + len && (header[i] == ' ' || header[i] == 0)) i++;
        for (; i < off + len && header[i] != 0 && header[i] != ' '; i++) {
            int d = header[i] - '0';
            if (d < 0 || d > 7) throw new IOException("corrupt tar header (bad octal number)");
            v = (v << 3) | d;
        }
        return v;
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    /** The "path" record of a pax header ("LEN path=VALUE\n" records). */
    private static String paxPath(byte[] ext) {
        String s = new String(ext, StandardCharsets.UTF_8);
        for (String rec : s.split("\n")) {
            int sp = rec.indexOf(' ');
            if (sp > 0 && rec.startsWith("path=", sp + 1)) return rec.substring(sp + 6);
        }
        return null;
    }
}
