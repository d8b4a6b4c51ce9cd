package sixk.search;

import sixk.record.FilingRecord;
import sixk.store.RecordSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The embedded Lucene index below a data directory: one Lucene document per filing document, with
 * filing fields and facets. STUB: the search helper replaces the bodies and adds the query API.
 */
public final class SearchIndex implements RecordSink {
    private SearchIndex() {}

    /** Opens (creating if needed) the index in {@code dir} for writing and searching. */
    public static SearchIndex open(Path dir) throws IOException { throw new UnsupportedOperationException("index not built yet"); }

    @Override public void put(FilingRecord record) throws IOException { throw new UnsupportedOperationException(); }

    @Override public void commit() throws IOException { throw new UnsupportedOperationException(); }

    @Override public Set<String> ids() throws IOException { throw new UnsupportedOperationException(); }

    @Override public void close() throws IOException {}
}
