package sixk.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.table.IndexedFiling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Facets count filings, with the values of each filing's latest version, across segments and replacements. */
class SearchIndexFacetsTest {
    static IndexedFiling filing(String id, String country, List<String> events, int documents) {
        List<IndexedFiling.Doc> docs = new java.util.ArrayList<>();
        for (int n = 0; n < documents; n++) docs.add(new IndexedFiling.Doc(n, "EX-99." + n, "The company received a milestone payment, document " + n));
        return new IndexedFiling(id, "6-K", "Acme " + id, "000123", "2009-03-0" + (1 + id.length() % 9), country, events, List.of(), "Acme news", docs);
    }

    static SearchResult search(SearchIndex index) throws IOException {
        return index.search(new SearchRequest("milestone", null, null, null, null, null, null, 0, 10));
    }

    @Test
    void countsFilingsNotDocumentsAndTheLatestVersionOnly(@TempDir Path dir) throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.put(filing("a", "France", List.of("milestone_payment"), 3));
            index.put(filing("b", "Japan", List.of("dividend", "milestone_payment"), 1));
            index.commit();
            // A second segment, and a replacement of "a" with other values: the old version must not count.
            index.put(filing("a", "Germany", List.of("guidance"), 2));
            index.put(filing("c", "Japan", List.of(), 1));
            index.commit();
            SearchResult r = search(index);
            assertThat(r.total()).isEqualTo(3);
            Map<String, Map<String, Integer>> f = r.facets();
            assertThat(f.get("country")).isEqualTo(Map.of("Germany", 1, "Japan", 2));
            assertThat(f.get("event")).isEqualTo(Map.of("guidance", 1, "dividend", 1, "milestone_payment", 1));
            assertThat(f.get("form")).isEqualTo(Map.of("6-K", 3));
            // Replaced twice before one commit: both old versions sit deleted in the same segment as the new one.
            index.put(filing("b", "Korea", List.of("other"), 1));
            index.put(filing("b", "Canada", List.of("other"), 2));
            index.commit();
            assertThat(search(index).facets().get("country")).isEqualTo(Map.of("Germany", 1, "Japan", 1, "Canada", 1));
        }
    }
}
