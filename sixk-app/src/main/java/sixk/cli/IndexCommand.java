package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sixk.opensearch.ClusterException;
import sixk.search.OpenSearchIndexer;
import sixk.store.FilingStore;

import java.io.IOException;
import java.util.concurrent.Callable;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Bulk-load the store's documents into an OpenSearch cluster.",
                "Each run builds a new index, moves the alias to it in one step (readers",
                "never see a half-built index) and deletes the old one (docs/search.md)."})
public final class IndexCommand implements Callable<Integer> {
    @Mixin DataDir dir = new DataDir();
    @Option(names = "--opensearch", required = true, paramLabel = "URL", description = "The cluster, e.g. http://127.0.0.1:9200.") String url;
    @Option(names = "--alias", description = "The alias searches use (default: ${DEFAULT-VALUE}).") String alias = "sixk";

    @Override public Integer call() throws IOException {
        SearchBackend.checkCluster(url, alias);
        try (FilingStore store = FilingStore.openReadOnly(dir.data)) {
            OpenSearchIndexer.Summary s;
            try {
                s = new OpenSearchIndexer(url).index(store, alias);
            } catch (ClusterException e) {
                throw new UserException(e.getMessage());
            }
            System.out.println("sixk index: " + s + "; alias " + alias + " → " + s.index());
        }
        return 0;
    }
}
