package sixk.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.table.IndexedFiling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets mark the words that matched, for plain words and for wildcards alike, in the hits of both halves of a page. */
class SearchIndexHighlightTest {
    private static IndexedFiling filing(String id, String text) {
        return new IndexedFiling(id, "6-K", "Acme " + id, "000123", "2009-03-02", "France", List.of(), List.of(), "Acme news",
                List.of(new IndexedFiling.Doc(0, "EX-99.1", "Acme reported its results. " + text + " The board met in Paris.")));
    }

    private static SearchResult search(SearchIndex index, String q) throws IOException {
        return index.search(new SearchRequest(q, null, null, null, null, null, null, 0, 10));
    }

    @Test
    void marksWildcardMatchesAsPlainWords(@TempDir Path dir) throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.put(filing("a", "The company completed the acquisition of Servier Monde."));
            index.put(filing("b", "It acquired a licence and will acquire more."));
            index.put(filing("c", "Nothing was bought."));
            index.commit();
            SearchResult r = search(index, "acqui*");
            assertThat(r.total()).isEqualTo(2);
            assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippets()).hasSize(1));
            List<String> snippets = r.hits().stream().map(h -> h.snippets().get(0)).toList();
            assertThat(snippets).containsExactlyInAnyOrder("The company completed the <b>acquisition</b> of Servier Monde.",
                    "It <b>acquired</b> a licence and will <b>acquire</b> more.");
            assertThat(search(index, "board").hits()).hasSize(3).allSatisfy(h -> assertThat(h.snippets().get(0)).contains("<b>board</b>"));
        }
    }
}
