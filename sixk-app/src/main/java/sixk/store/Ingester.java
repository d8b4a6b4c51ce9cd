package sixk.store;

import sixk.record.FilingRecord;

import java.io.IOException;
import java.util.List;

/**
 * Reads filings and writes their records to the store and the other sinks (the search index).
 * STUB: the store helper replaces the bodies and adds the batch API.
 */
public final class Ingester {
    public Ingester(FilingStore store, List<RecordSink> sinks) {}

    /** Extracts one filing held in memory, keeps its original, writes and commits it everywhere. */
    public FilingRecord ingestOne(byte[] bytes, String name) throws IOException { throw new UnsupportedOperationException("ingest not built yet"); }
}
