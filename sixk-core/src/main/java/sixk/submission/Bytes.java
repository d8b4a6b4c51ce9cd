package sixk.submission;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Byte-level scanning over a {@link ByteBuffer} (heap or memory-mapped), so that a 200 MB
 * submission is never copied onto the heap just to find its tags. SGML tags are ASCII, so
 * matching is byte-wise and case-insensitive for letters.
 */
final class Bytes {
    private Bytes() {}

    /** Index of {@code ascii} (case-insensitive) in [from, to), or -1. */
    static int indexOf(ByteBuffer buf, byte[] ascii, int from, int to) {
        int n = ascii.length;
        if (n == 0) return from;
        if (buf.hasArray()) return indexOf(buf.array(), buf.arrayOffset(), ascii, from, to);
        byte first = lower(ascii[0]);
        int last = to - n;
        for (int i = Math.max(0, from); i <= last; i++) {
            if (lower(buf.get(i)) != first) continue;
            int j = 1;
            while (j < n && lower(buf.get(i + j)) == lower(ascii[j])) j++;
            if (j == n) return i;
        }
        return -1;
    }

    /** The same search on a heap array: no bounds-checked buffer calls in the scan loop. */
    private static int indexOf(byte[] a, int offset, byte[] ascii, int from, int to) {
        int n = ascii.length;
        byte lo = lower(ascii[0]), up = upper(ascii[0]);
        int last = to - n + offset;
        for (int i = Math.max(0, from) + offset; i <= last; i++) {
            // A first byte that is no letter ("\n<DOCUMENT>") is sought eight bytes at a time.
            if (lo == up && (i = indexOfByte(a, lo, i, last + 1)) < 0) return -1;
            byte c = a[i];
            if (c != lo && c != up) continue;
            int j = 1;
            while (j < n && lower(a[i + j]) == lower(ascii[j])) j++;
            if (j == n) return i - offset;
        }
        return -1;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L, HIGHS = 0x8080808080808080L;

    /**
     * The first index of {@code b} in a[from, to), or -1, reading eight bytes at a time: a byte of
     * {@code x = word ^ b-repeated} is zero where {@code b} is, and the lowest byte that
     * {@code (x - ONES) & ~x & HIGHS} flags is always a zero one.
     */
    static int indexOfByte(byte[] a, byte b, int from, int to) {
        long pattern = (b & 0xFFL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(a, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) return i + (Long.numberOfTrailingZeros(found) >>> 3);
        }
        for (; i < to; i++) if (a[i] == b) return i;
        return -1;
    }

    /** Index of the last {@code ascii} (case-insensitive) in [from, to), or -1: closing tags sit near the end. */
    static int lastIndexOf(ByteBuffer buf, byte[] ascii, int from, int to) {
        int n = ascii.length;
        for (int i = to - n; i >= from; i--) {
            int j = 0;
            while (j < n && lower(buf.get(i + j)) == lower(ascii[j])) j++;
            if (j == n) return i;
        }
        return -1;
    }

    static boolean startsWith(ByteBuffer buf, int at, byte[] ascii, int to) {
        if (at + ascii.length > to) return false;
        for (int j = 0; j < ascii.length; j++) if (lower(buf.get(at + j)) != lower(ascii[j])) return false;
        return true;
    }

    /** Index just past the end of the line at {@code at} (past the '\n'), or {@code to}. */
    static int nextLine(ByteBuffer buf, int at, int to) {
        if (buf.hasArray()) {
            byte[] a = buf.array();
            int off = buf.arrayOffset();
            for (int i = at + off, end = to + off; i < end; i++) if (a[i] == '\n') return i - off + 1;
            return to;
        }
        for (int i = at; i < to; i++) if (buf.get(i) == '\n') return i + 1;
        return to;
    }

    /** The bytes [from, to) as an ASCII/Latin-1 string with trailing CR and spaces removed. */
    static String latin1(ByteBuffer buf, int from, int to) {
        while (to > from && isSpace(buf.get(to - 1))) to--;
        while (from < to && isSpace(buf.get(from))) from++;
        byte[] b = new byte[to - from];
        buf.get(from, b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static boolean isSpace(byte b) { return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f'; }

    static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }

    private static byte upper(byte b) { return (b >= 'a' && b <= 'z') ? (byte) (b - 32) : b; }

    private static byte lower(byte b) { return (b >= 'A' && b <= 'Z') ? (byte) (b + 32) : b; }
}
