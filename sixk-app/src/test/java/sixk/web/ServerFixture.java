package sixk.web;

import sixk.search.SearchIndex;
import sixk.store.FilingStore;
import sixk.store.Ingester;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A real server on 127.0.0.1 (a free port) over a store holding the sample filings. */
final class ServerFixture implements AutoCloseable {
    static final String SEED = "51d3edd70c3764b18794f36aa6a8f67c115e7afb18e483e7d2994c153eb09adc";

    final FilingStore store;
    final SearchIndex index;
    final WebServer server;
    final String base;

    ServerFixture(Path data) throws IOException {
        store = FilingStore.open(data);
        index = SearchIndex.open(data.resolve("index"));
        new Ingester(store, List.of(index)).ingest(List.of(Path.of("..", "samples")), 2, null);
        server = new WebServer(store, index).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @Override public void close() throws IOException {
        server.close();
        index.close();
        store.close();
    }
}
