package sixk.store;

import sixk.record.FilingRecord;
import sixk.table.RecordTables;
import sixk.table.Table;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Something that keeps filing records: the DuckDB store, the Lucene index, an OpenSearch index.
 * The ingester writes each record to its sinks; {@code put} of a record already held (same
 * {@link FilingRecord#id()}) replaces it, so a re-run after a crash is harmless.
 */
public interface RecordSink extends Closeable {
    /** Adds or replaces one record (with its texts). */
    void put(FilingRecord record) throws IOException;

    /** The same, given the record's rows ({@link RecordTables#rows}) already computed, which a sink may use instead. */
    default void put(FilingRecord record, Map<Table, List<Object[]>> rows) throws IOException {
        put(record);
    }

    /** Makes every record put so far durable and visible to readers. */
    void commit() throws IOException;

    /**
     * Whether {@code put} may be called from several threads at once, what was put staying
     * invisible to readers until {@link #commit}: ingest then puts each record from the worker
     * that read it, and commits only when every record put is in the store.
     */
    default boolean concurrent() { return false; }

    /** Drops a record put but not committed whose store transaction failed (only for a {@link #concurrent} sink). */
    default void delete(String id) throws IOException {
        throw new UnsupportedOperationException("delete");
    }

    /** The ids of the records held, committed ones only. */
    Set<String> ids() throws IOException;
}
