package sixk.search;

import java.io.IOException;

/** Answers a search: the embedded Lucene index, or an OpenSearch cluster holding the same documents. */
public interface Searcher {
    SearchResult search(SearchRequest request) throws IOException;
}
