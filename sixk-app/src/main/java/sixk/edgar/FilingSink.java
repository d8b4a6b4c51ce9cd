package sixk.edgar;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where fetched filings go: files below --out, the store (--ingest), or both. A sink only ever
 * sees a filing that arrived whole and passed its checks. {@code name} is a relative name
 * sixk built from validated numbers (CIK/ACCESSION.txt, feed/YYYYMMDD/ACCESSION.nc), never text
 * from a filing.
 */
public interface FilingSink extends Closeable {
    /** Whether this filing is already held whole: a resumed fetch skips it without a request. */
    boolean has(String name) throws IOException;

    /** Takes a whole filing held in memory (a Feed entry, a filing the watcher read). */
    void accept(String name, byte[] bytes) throws IOException;

    /**
     * Takes a whole filing staged on disk by the downloader. A sink may move the staged file away
     * (the directory sink renames it into place); the caller deletes whatever is left.
     */
    default void accept(String name, Path staged) throws IOException {
        accept(name, Files.readAllBytes(staged));
    }

    @Override default void close() throws IOException {}

    /**
     * This sink, then {@code last}. {@code has} asks {@code last} alone: when it is the directory,
     * its file is written after the store took the filing, so a file on disk means both are done.
     */
    default FilingSink then(FilingSink last) {
        FilingSink first = this;
        return new FilingSink() {
            @Override public boolean has(String name) throws IOException { return last.has(name); }

            @Override public void accept(String name, byte[] bytes) throws IOException {
                first.accept(name, bytes);
                last.accept(name, bytes);
            }

            @Override public void accept(String name, Path staged) throws IOException {
                first.accept(name, staged);
                last.accept(name, staged);
            }

            @Override public void close() throws IOException {
                try {
                    first.close();
                } finally {
                    last.close();
                }
            }
        };
    }
}
