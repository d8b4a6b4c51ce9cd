package sixk.record;

/** Where a record came from: the input path (or "-"), its SHA-256, size, and the outer format. */
public record Source(String path, String sha256, long bytes, String format) {}
