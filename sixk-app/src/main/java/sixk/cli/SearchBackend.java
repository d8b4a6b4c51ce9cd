package sixk.cli;

import picocli.CommandLine.Option;
import sixk.opensearch.IndexBuild;
import sixk.opensearch.OpenSearchClient;
import sixk.search.OpenSearchSearcher;
import sixk.search.SearchIndex;
import sixk.search.Searcher;

/** The {@code --search lucene|opensearch --opensearch URL [--alias A]} options of search and serve. */
public final class SearchBackend {
    enum Engine { lucene, opensearch }

    @Option(names = "--search", paramLabel = "ENGINE", description = "Where searches run: lucene (the embedded index, default) or opensearch.")
    Engine engine = Engine.lucene;
    @Option(names = "--opensearch", paramLabel = "URL", description = "The OpenSearch cluster (with --search opensearch), e.g. http://127.0.0.1:9200.")
    String url;
    @Option(names = "--alias", description = "The OpenSearch alias `sixk index` loaded (default: ${DEFAULT-VALUE}).")
    String alias = "sixk";

    boolean isOpenSearch() {
        if (engine == Engine.opensearch && url == null) throw new UserException("--search opensearch needs --opensearch URL");
        if (engine == Engine.lucene && url != null) throw new UserException("--opensearch is used with --search opensearch");
        return engine == Engine.opensearch;
    }

    /** The --opensearch address and --alias as one line each when they cannot be used. */
    static void checkCluster(String url, String alias) {
        if (OpenSearchClient.urlProblem(url) != null) throw new UserException("--opensearch " + OpenSearchClient.urlProblem(url));
        if (IndexBuild.aliasProblem(alias) != null) throw new UserException("--alias: " + IndexBuild.aliasProblem(alias));
    }

    /** The searcher to use: OpenSearch when chosen, else the embedded index given. */
    Searcher searcher(SearchIndex embedded) {
        if (!isOpenSearch()) return embedded;
        checkCluster(url, alias);
        return new OpenSearchSearcher(url, alias);
    }
}
