package sixk.pipeline;

import java.util.Locale;

/** Which files are taken as filings, the same for ingest and the Spark job: by name, and by size. */
public final class InputNames {
    /**
     * The largest file or archive entry read as one filing; a larger one is reported, not read
     * (a filing is held in memory whole while it is read, and several are in flight at once).
     */
    public static final long MAX_BYTES = 256L << 20;

    private InputNames() {}

    /** The one-line reason a file of {@code size} bytes is not read, or null when it is small enough. */
    public static String tooLarge(long size) {
        return size > MAX_BYTES ? "larger than " + (MAX_BYTES >> 20) + " MB, not read" : null;
    }

    /**
     * False for hidden files, for names starting with an underscore (Hadoop's {@code _SUCCESS},
     * Spark's {@code _temporary}) and for Markdown (a README beside the filings); true otherwise.
     */
    public static boolean isFiling(String fileName) {
        if (fileName.isEmpty() || fileName.charAt(0) == '.' || fileName.charAt(0) == '_') return false;
        return !fileName.toLowerCase(Locale.ROOT).endsWith(".md");
    }
}
