package sixk.edgar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Whether a full submission arrived whole: its last tag is {@code </SEC-DOCUMENT>} (the .txt of
 * the archives) or {@code </SUBMISSION>} (the .nc of the Feed), after which only the PEM trailer
 * of paper-era filings and whitespace may follow. A download cut anywhere before that fails.
 */
final class SubmissionEnd {
    private static final int TAIL = 4096;
    private static final String PEM_END = "-----END PRIVACY-ENHANCED MESSAGE-----";

    private SubmissionEnd() {}

    static boolean isComplete(byte[] bytes) {
        int from = Math.max(0, bytes.length - TAIL);
        return isCompleteTail(new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1));
    }

    static boolean isComplete(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return false;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.min(TAIL, size);
            ByteBuffer buf = ByteBuffer.allocate(n);
            ch.position(size - n);
            while (buf.hasRemaining() && ch.read(buf) >= 0) { /* fill */ }
            return isCompleteTail(new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1));
        }
    }

    private static boolean isCompleteTail(String tail) {
        String t = tail.strip();
        if (t.endsWith(PEM_END)) t = t.substring(0, t.length() - PEM_END.length()).strip();
        String upper = t.length() > 32 ? t.substring(t.length() - 32).toUpperCase(Locale.ROOT) : t.toUpperCase(Locale.ROOT);
        return upper.endsWith("</SEC-DOCUMENT>") || upper.endsWith("</SUBMISSION>");
    }
}
