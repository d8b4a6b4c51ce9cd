package sixk.submission;

import java.nio.ByteBuffer;

/**
 * Decodes a uuencoded body ("begin 644 name" … "end"), as EDGAR embeds graphics, PDFs and
 * spreadsheets. Bad lines are skipped and counted rather than aborting the document.
 */
final class Uudecoder {
    record Result(String name, byte[] bytes, int badLines) {}

    private Uudecoder() {}

    /** Finds a "begin NNN name" line at the start of [from, to) after blank lines, or -1. */
    static int findBegin(ByteBuffer buf, int from, int to) {
        int i = from;
        // Only whitespace may precede the begin line (EDGAR sometimes puts <PDF> before it; handled by caller).
        while (i < to && Bytes.isSpace(buf.get(i))) i++;
        if (Bytes.startsWith(buf, i, Bytes.ascii("begin "), to)) {
            int j = i + 6;
            int digits = 0;
            while (j < to && buf.get(j) >= '0' && buf.get(j) <= '7') { j++; digits++; }
            if (digits >= 3 && j < to && buf.get(j) == ' ') return i;
        }
        return -1;
    }

    static Result decode(ByteBuffer buf, int begin, int to) {
        int lineEnd = Bytes.nextLine(buf, begin, to);
        String beginLine = Bytes.latin1(buf, begin, lineEnd);
        String name = beginLine.replaceFirst("^begin\\s+[0-7]+\\s+", "").strip();
        byte[] out = new byte[Math.max(16, (to - lineEnd) * 3 / 4)];
        int size = 0;
        int bad = 0;
        int i = lineEnd;
        while (i < to) {
            int next = Bytes.nextLine(buf, i, to);
            int end = next;
            while (end > i && Bytes.isSpace(buf.get(end - 1))) end--;
            if (end - i >= 3 && Bytes.startsWith(buf, i, Bytes.ascii("end"), end) && end - i == 3) break;
            if (end > i) {
                int n = (buf.get(i) - 32) & 63;
                if (n == 0) { i = next; continue; }
                int expectedChars = (n + 2) / 3 * 4;
                if (end - i - 1 < expectedChars - 1) { bad++; i = next; continue; }
                int p = i + 1;
                int written = 0;
                while (written < n) {
                    int c0 = sextet(buf, p, end), c1 = sextet(buf, p + 1, end), c2 = sextet(buf, p + 2, end), c3 = sextet(buf, p + 3, end);
                    int b0 = (c0 << 2) | (c1 >> 4), b1 = ((c1 & 15) << 4) | (c2 >> 2), b2 = ((c2 & 3) << 6) | c3;
                    if (size + 3 > out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
                    out[size++] = (byte) b0; written++;
                    if (written < n) { out[size++] = (byte) b1; written++; }
                    if (written < n) { out[size++] = (byte) b2; written++; }
                    p += 4;
                }
            }
            i = next;
        }
        return new Result(name, java.util.Arrays.copyOf(out, size), bad);
    }

    private static int sextet(ByteBuffer buf, int p, int end) {
        if (p >= end) return 0;
        return (buf.get(p) - 32) & 63;
    }
}
