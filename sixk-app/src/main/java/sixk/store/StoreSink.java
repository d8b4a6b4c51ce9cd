package sixk.store;

import sixk.edgar.FilingSink;
import sixk.search.SearchIndex;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code fetch --ingest}: each filing that arrived whole is read into the store and the index as it
 * comes. Placed before the directory sink, so a file on disk means the store has it too.
 */
public final class StoreSink implements FilingSink {
    private final FilingStore store;
    private final SearchIndex index;
    private final Ingester ingester;

    public StoreSink(Path data) throws IOException {
        this.store = FilingStore.open(data);
        try {
            this.index = SearchIndex.open(data.resolve("index"));
        } catch (IOException e) {
            store.close();
            throw e;
        }
        this.ingester = new Ingester(store, java.util.List.of(index));
        ingester.catchUp();
    }

    /** The directory sink after this one decides: see {@link FilingSink#then}. */
    @Override public boolean has(String name) { return false; }

    @Override public void accept(String name, byte[] bytes) throws IOException { ingester.add(bytes, name); }

    @Override public void close() throws IOException {
        try {
            ingester.commit();
        } finally {
            try {
                index.close();
            } finally {
                store.close();
            }
        }
    }
}
