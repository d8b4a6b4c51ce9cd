package sixk.pipeline;

import java.util.Locale;

/** Which files found in a directory are taken as filings, the same for ingest and the Spark job. */
public final class InputNames {
    private InputNames() {}

    /**
     * False for hidden files, for names starting with an underscore (Hadoop's {@code _SUCCESS},
     * Spark's {@code _temporary}) and for Markdown (a README beside the filings); true otherwise.
     */
    public static boolean isFiling(String fileName) {
        if (fileName.isEmpty() || fileName.charAt(0) == '.' || fileName.charAt(0) == '_') return false;
        return !fileName.toLowerCase(Locale.ROOT).endsWith(".md");
    }
}
