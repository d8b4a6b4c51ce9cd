package sixk.search;

import sixk.opensearch.BulkWriter;
import sixk.opensearch.IndexBuild;
import sixk.opensearch.OpenSearchClient;
import sixk.store.FilingStore;

import java.io.IOException;
import java.util.Locale;

/**
 * Loads the store's documents into OpenSearch: a new index built behind the alias
 * ({@link IndexBuild}), filled by a {@link BulkWriter} with the fields of the embedded Lucene index
 * ({@link SearchIndex}), then published (the alias moves in one atomic call).
 */
public final class OpenSearchIndexer {
    /** What a run did; {@code bulkMillis} is the time inside bulk requests alone (the bulk rate), {@code millis} the whole run. */
    public record Summary(String index, long filings, long documents, long bytes, long bulkMillis, long millis) {
        @Override public String toString() {
            double b = Math.max(1, bulkMillis) / 1000.0;
            return String.format(Locale.ROOT, "%d filings, %d documents, %.1f MB into %s in %.1f s (bulk: %.1f s, %.0f documents/s, %.1f MB/s)",
                    filings, documents, bytes / 1e6, index, millis / 1000.0, b, documents / b, bytes / 1e6 / b);
        }
    }

    private final OpenSearchClient client;

    /** @param url the cluster's address, e.g. {@code http://127.0.0.1:9200} */
    public OpenSearchIndexer(String url) {
        this.client = new OpenSearchClient(url);
    }

    /** Builds a new index from every filing of the store and points {@code alias} at it. */
    public Summary index(FilingStore store, String alias) throws IOException {
        long start = System.nanoTime();
        IndexBuild build = IndexBuild.start(client, alias);
        BulkWriter writer = new BulkWriter(client, build.index());
        try {
            store.forEachIndexedFiling(writer::add);
            writer.flush();
            build.publish();
        } catch (IOException | RuntimeException e) {
            // A failed run leaves nothing behind: the alias still points at the last complete index.
            build.abandon();
            throw e;
        }
        return new Summary(build.index(), writer.filings(), writer.documents(), writer.bytes(), writer.bulkNanos() / 1_000_000,
                (System.nanoTime() - start) / 1_000_000);
    }
}
