package sixk.store;

import sixk.record.FilingRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded DuckDB store below a data directory (schema in docs/store.md), with the original
 * bytes of every filing kept beside it. STUB: the store helper replaces the bodies.
 */
public final class FilingStore implements RecordSink {
    private FilingStore() {}

    /** Opens (creating if needed) the store below {@code dataDir} for reading and writing. */
    public static FilingStore open(Path dataDir) throws IOException { throw new UnsupportedOperationException("store not built yet"); }

    /** Opens an existing store for reading only. */
    public static FilingStore openReadOnly(Path dataDir) throws IOException { throw new UnsupportedOperationException("store not built yet"); }

    @Override public void put(FilingRecord record) throws IOException { throw new UnsupportedOperationException(); }

    @Override public void commit() throws IOException { throw new UnsupportedOperationException(); }

    @Override public Set<String> ids() throws IOException { throw new UnsupportedOperationException(); }

    /** Keeps the original bytes of a filing, so nothing is lost and documents can be shown as filed. */
    public void putOriginal(String id, byte[] bytes) throws IOException { throw new UnsupportedOperationException(); }

    /** The record of a filing by id (accession or SHA-256), with its document texts. */
    public Optional<FilingRecord> record(String id) throws IOException { throw new UnsupportedOperationException(); }

    /** The original bytes of a filing by id. */
    public Optional<byte[]> original(String id) throws IOException { throw new UnsupportedOperationException(); }

    /** Runs a read-only SQL query with positional parameters; rows as column → value maps. */
    public List<Map<String, Object>> query(String sql, Object... params) throws IOException { throw new UnsupportedOperationException(); }

    @Override public void close() throws IOException {}
}
