package sixk.edgar;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The raw response body, counted: reaching its end short of the declared Content-Length is a
 * truncated download (an IOException, so the client retries), never a quiet end of file.
 */
final class LengthCheckedStream extends FilterInputStream {
    private final long expected;
    private final String what;
    private long count;

    LengthCheckedStream(InputStream in, long expected, String what) {
        super(in);
        this.expected = expected;
        this.what = what;
    }

    long count() { return count; }

    @Override public int read() throws IOException {
        int b = super.read();
        if (b < 0) checkEnd();
        else count++;
        return b;
    }

    @Override public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) checkEnd();
        else count += n;
        return n;
    }

    @Override public long skip(long n) throws IOException {
        long s = super.skip(n);
        count += s;
        return s;
    }

    private void checkEnd() throws IOException {
        if (expected >= 0 && count != expected) {
            throw new IOException("truncated download of " + what + ": " + count + " of " + expected + " bytes");
        }
    }
}
