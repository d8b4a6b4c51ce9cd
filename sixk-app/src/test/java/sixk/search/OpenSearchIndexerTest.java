package sixk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import sixk.TestFiles;
import sixk.cli.CliRun;
import sixk.opensearch.OpenSearchClient;
import sixk.opensearch.TestCluster;
import sixk.store.FilingStore;
import sixk.store.Ingester;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real three-node OpenSearch 3.8 cluster in this JVM: the store's documents bulk-loaded under an
 * alias, the same filings matching a phrase as in the embedded Lucene index, a reindex that moves the
 * alias and drops the old index, and a node stopped without losing an acknowledged document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchIndexerTest {
    static final int PORT = 9261;
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();
    TestCluster cluster;
    @TempDir static Path tmp;
    Path data;

    @BeforeAll void start() throws IOException {
        cluster = TestCluster.start(3, PORT, "sixk-test", tmp.resolve("os"));
        data = tmp.resolve("data");
        try (FilingStore store = FilingStore.open(data); SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            // The 6-K corpus when it is here (142 filings: a bulk rate worth printing), else the samples.
            Path in = TestFiles.sixkCorpus().orElse(Path.of("..", "samples"));
            new Ingester(store, List.of(index)).ingest(List.of(in), 2, null);
        }
    }

    @AfterAll void stop() throws IOException {
        if (cluster != null) cluster.close();
    }

    @Test
    void indexesUnderAnAliasMatchesLuceneAndSurvivesANodeStop() throws Exception {
        String url = "http://127.0.0.1:" + PORT;
        CliRun first = CliRun.of("index", "--opensearch", url, "--data", data.toString());
        assertThat(first.code()).as(first.err()).isZero();
        System.out.print(first.out());
        OpenSearchClient indexer = new OpenSearchClient(url);
        List<String> firstIndex = indexer.aliased("sixk");
        assertThat(firstIndex).hasSize(1);

        // The same filings match a phrase in both engines, and OpenSearch holds every document.
        long documents;
        try (FilingStore store = FilingStore.openReadOnly(data); SearchIndex lucene = SearchIndex.open(data.resolve("index"))) {
            documents = 0;
            for (String id : store.ids()) documents += store.indexedFiling(id).documents().size();
            for (String phrase : List.of("milestone payment", "annual general meeting", "net income")) {
                SearchResult r = lucene.search(new SearchRequest("\"" + phrase + "\"", null, null, null, null, null, null, 0, 200));
                Set<String> luceneIds = new HashSet<>();
                r.hits().forEach(h -> luceneIds.add(h.id()));
                assertThat(filingsMatching(url, phrase)).as(phrase).isEqualTo(luceneIds);
                if (phrase.equals("milestone payment")) assertThat(luceneIds).isNotEmpty();
            }
        }
        assertThat(documents).isPositive();
        assertThat(count(url)).isEqualTo(documents);

        // search and serve answer from OpenSearch with the embedded index's filings, totals, facets and highlights.
        sameAnswers(url);

        // A build that failed while the cluster was gone, left behind never aliased; and an index of another name.
        indexer.request("PUT", "/sixk-20000101000000000", "{}");
        indexer.request("PUT", "/sixk-other", "{}");
        // A second run builds a new index, moves the alias in one step, and drops the old one and the failed build.
        assertThat(CliRun.of("index", "--opensearch", url, "--data", data.toString()).code()).isZero();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url + "/sixk-20000101000000000")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url + "/sixk-other")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(200);
        List<String> second = indexer.aliased("sixk");
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(firstIndex);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url + "/" + firstIndex.get(0))).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(404);

        // One replica per shard: a stopped node loses no acknowledged document.
        cluster.runner().getNode(2).close();
        cluster.runner().ensureYellow();
        assertThat(count(url)).isEqualTo(documents);

        // An unreachable cluster is one line for the user, not a stack trace.
        CliRun down = CliRun.of("index", "--opensearch", "http://127.0.0.1:1", "--data", data.toString());
        assertThat(down.code()).isEqualTo(2);
        assertThat(down.err()).startsWith("sixk: cannot reach OpenSearch").doesNotContain("\tat ");
    }

    /** A fixed set of queries: words, phrases, boolean, wildcards, fields, and filters. */
    static final List<SearchRequest> QUERIES = List.of(
            new SearchRequest("milestone payment", null, null, null, null, null, null, 0, 200),
            new SearchRequest("\"net income\"", null, null, null, null, null, null, 0, 200),
            new SearchRequest("dividend OR distribution", "6-K", null, null, null, null, null, 0, 200),
            new SearchRequest("results NOT quarter", null, null, null, null, "2009-01-01", "2009-12-31", 0, 200),
            new SearchRequest("acqui*", null, null, null, null, null, null, 0, 200),
            new SearchRequest("headline:results", null, null, null, null, null, null, 0, 200),
            new SearchRequest("", null, "milestone_payment", null, null, null, null, 0, 200),
            new SearchRequest("shares", null, null, "bank", null, null, null, 0, 200));

    private void sameAnswers(String url) throws Exception {
        OpenSearchSearcher remote = new OpenSearchSearcher(url, "sixk");
        try (SearchIndex lucene = SearchIndex.open(data.resolve("index"))) {
            int withHits = 0;
            for (SearchRequest q : QUERIES) {
                SearchResult a = lucene.search(q), b = remote.search(q);
                String what = q.query() + " " + q;
                assertThat(b.total()).as(what).isEqualTo(a.total());
                assertThat(ids(b)).as(what).isEqualTo(ids(a));
                assertThat(b.facets()).as(what).isEqualTo(a.facets());
                if (a.total() > 0) withHits++;
                // A filing matched on its headline or company alone shows the opening of its text, in either engine.
                if (!q.query().isBlank() && a.hits().stream().anyMatch(h -> !h.snippets().isEmpty())) {
                    assertThat(b.hits()).as(what).anyMatch(h -> !h.snippets().isEmpty());
                }
                for (SearchResult.Hit h : b.hits()) for (String snippet : h.snippets()) assertThat(snippet).doesNotContain("<script");
                if (!q.query().isBlank() && !q.query().startsWith("headline:") && b.total() > 0) {
                    assertThat(b.hits()).as(what).anyMatch(h -> h.snippets().stream().anyMatch(x -> x.contains("<b>")));
                }
            }
            assertThat(withHits).isGreaterThanOrEqualTo(QUERIES.size() / 2);
        }
        CliRun cli = CliRun.of("search", "milestone payment", "--search", "opensearch", "--opensearch", url, "--json");
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(JSON.readTree(cli.out()).path("total").asLong()).isPositive();
        CliRun bad = CliRun.of("search", "\"unclosed", "--search", "opensearch", "--opensearch", url);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("sixk: cannot read the query");
        try (FilingStore store = FilingStore.openReadOnly(data); SearchIndex index = SearchIndex.open(data.resolve("index"));
             sixk.web.WebServer server = new sixk.web.WebServer(store, index, remote).start("127.0.0.1", 0)) {
            JsonNode api = get("http://127.0.0.1:" + server.port() + "/api/search?q=milestone%20payment");
            assertThat(api.path("total").asLong()).isEqualTo(remote.search(QUERIES.get(0)).total());
        }
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> ids = new HashSet<>();
        r.hits().forEach(h -> ids.add(h.id()));
        return ids;
    }

    private long count(String url) throws Exception {
        return get(url + "/sixk/_count").path("count").asLong();
    }

    private Set<String> filingsMatching(String url, String phrase) throws Exception {
        String body = JSON.createObjectNode().put("size", 0).<com.fasterxml.jackson.databind.node.ObjectNode>set("query",
                JSON.createObjectNode().set("match_phrase", JSON.createObjectNode().put("text", phrase)))
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("aggs", JSON.readTree("{\"ids\":{\"terms\":{\"field\":\"id\",\"size\":1000}}}")).toString();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/sixk/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        for (JsonNode b : JSON.readTree(r.body()).path("aggregations").path("ids").path("buckets")) ids.add(b.path("key").asText());
        return ids;
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
