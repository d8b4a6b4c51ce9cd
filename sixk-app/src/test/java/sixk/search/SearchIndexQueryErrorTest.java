package sixk.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A query the parser cannot read is said in one short line, however long the query. */
class SearchIndexQueryErrorTest {
    private static SearchRequest query(String q) { return new SearchRequest(q, null, null, null, null, null, null, 0, 10); }

    @Test
    void saysWhyInOneShortLine(@TempDir Path dir) throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThatThrownBy(() -> index.search(query("milestone AND (")))
                    .isInstanceOf(QuerySyntaxException.class)
                    .hasMessage("cannot read the query \"milestone AND (\": Encountered \"<EOF>\" at line 1, column 15.");
            // A page pasted into the box: quoted once, cut short, and the reason still given.
            String pasted = "milestone payment received from Servier ".repeat(100) + "AND (";
            assertThatThrownBy(() -> index.search(query(pasted)))
                    .isInstanceOf(QuerySyntaxException.class)
                    .hasMessageStartingWith("cannot read the query \"" + pasted.substring(0, 80) + "…\": Encountered \"<EOF>\"")
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("\n"));
        }
    }
}
