package sixk.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import sixk.opensearch.BulkWriter;
import sixk.opensearch.ClusterException;
import sixk.opensearch.OpenSearchClient;
import sixk.opensearch.TestCluster;
import sixk.pipeline.FilingReader;
import sixk.table.IndexedFiling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The job's {@code --opensearch} output against a real OpenSearch 3.8 node in this JVM: every
 * document of every filing arrives with the same fields as the single-process reader gives, behind
 * the alias; a second run moves the alias and drops the old index; an unreachable cluster fails the
 * job before any work, with one line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractJobOpenSearchTest {
    static final int PORT = 9271;
    static final ObjectMapper JSON = new ObjectMapper();
    final String url = "http://127.0.0.1:" + PORT;
    @TempDir static Path tmp;
    TestCluster cluster;
    SparkSession spark;

    @BeforeAll void start() {
        // Spark (another test class in this JVM) may have fixed Netty's processor count already; OpenSearch must not set it again.
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        cluster = TestCluster.start(1, PORT, "sixk-spark-test", tmp.resolve("os"));
        spark = SparkSession.builder().master("local[2]").appName("sixk-test").config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll void stop() throws IOException {
        if (spark != null) spark.stop();
        if (cluster != null) cluster.close();
    }

    @Test
    void indexesEveryDocumentAsTheSingleProcessReaderReadsIt() throws Exception {
        // The samples shipped in the project: always here, so this test never skips.
        String in = Path.of("..", "samples").toAbsolutePath().normalize().toString();
        Map<String, JsonNode> expected = new HashMap<>();
        FilingReader reader = FilingReader.standard();
        for (String f : ExtractJob.localFiles(in)) {
            IndexedFiling filing = IndexedFiling.of(reader.read(Path.of(f)));
            for (IndexedFiling.Doc d : filing.documents()) expected.put(filing.id() + "/" + d.n(), JSON.readTree(BulkWriter.document(filing, d)));
        }
        assertThat(expected).hasSizeGreaterThan(5);

        ExtractJob.Summary first = ExtractJob.run(spark, in, null, new ExtractJob.Target(url, "filings"));
        System.out.println("sixk spark → OpenSearch: " + first);
        assertThat(first.indexed().documents()).isEqualTo(expected.size());
        OpenSearchClient client = new OpenSearchClient(url);
        assertThat(client.aliased("filings")).containsExactly(first.indexed().index());

        JsonNode hits = client.post("/filings/_search", "{\"size\":10000,\"query\":{\"match_all\":{}}}").path("hits").path("hits");
        Map<String, JsonNode> actual = new HashMap<>();
        for (JsonNode h : hits) actual.put(h.path("_id").asText(), h.path("_source"));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (Map.Entry<String, JsonNode> e : expected.entrySet()) assertThat(actual.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());

        // The seed's milestone payment is found through the alias.
        JsonNode found = client.post("/filings/_search", "{\"query\":{\"match_phrase\":{\"text\":\"milestone payment\"}}}");
        assertThat(found.path("hits").path("total").path("value").asLong()).isPositive();

        // A second run builds a new index, moves the alias to it, and drops the first.
        ExtractJob.Summary second = ExtractJob.run(spark, in, null, new ExtractJob.Target(url, "filings"));
        assertThat(client.aliased("filings")).containsExactly(second.indexed().index());
        assertThat(client.request("GET", "/_cat/indices?format=json").findValuesAsText("index"))
                .contains(second.indexed().index()).doesNotContain(first.indexed().index());
    }

    @Test
    void aClusterThatDiesMidJobFailsItWithOneLineAndTheAliasKeepsTheLastCompleteIndex() throws Exception {
        String in = Path.of("..", "samples").toAbsolutePath().normalize().toString();
        ExtractJob.Summary complete = ExtractJob.run(spark, in, null, new ExtractJob.Target(url, "dying"));
        OpenSearchClient client = new OpenSearchClient(url);
        long documents = client.request("GET", "/dying/_count").path("count").asLong();
        assertThat(documents).isEqualTo(complete.indexed().documents());

        // The job reaches the cluster through a proxy that forwards until the first bulk request, then drops every connection.
        try (DyingProxy proxy = new DyingProxy(url)) {
            assertThatThrownBy(() -> ExtractJob.run(spark, in, null, new ExtractJob.Target(proxy.url(), "dying")))
                    .isInstanceOf(ClusterException.class)
                    .hasMessageStartingWith("cannot reach OpenSearch at " + proxy.url())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(proxy.bulkRequests()).isPositive();
        }
        // Readers of the alias still see the last complete index, whole.
        assertThat(client.aliased("dying")).containsExactly(complete.indexed().index());
        assertThat(client.request("GET", "/dying/_count").path("count").asLong()).isEqualTo(documents);
    }

    /** Forwards requests to a cluster until the first {@code _bulk}; from then on closes every exchange unanswered, as a dead node would. */
    static final class DyingProxy implements AutoCloseable {
        private final com.sun.net.httpserver.HttpServer server;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        private final java.util.concurrent.atomic.AtomicInteger bulks = new java.util.concurrent.atomic.AtomicInteger();

        DyingProxy(String target) throws IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    String path = exchange.getRequestURI().toString();
                    if (path.contains("_bulk")) bulks.incrementAndGet();
                    if (bulks.get() > 0) return; // dead: the connection closes with no answer
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(target + path))
                            .method(exchange.getRequestMethod(), body.length == 0 ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                    : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                            .header("Content-Type", "application/json").build();
                    java.net.http.HttpResponse<byte[]> r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
                    exchange.getResponseBody().write(r.body());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
        }

        String url() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

        int bulkRequests() { return bulks.get(); }

        @Override public void close() { server.stop(0); }
    }

    @Test
    void anUnreachableClusterFailsBeforeAnyWork() {
        String in = Path.of("..", "samples").toAbsolutePath().normalize().toString();
        assertThatThrownBy(() -> ExtractJob.run(spark, in, null, new ExtractJob.Target("http://127.0.0.1:9", "filings")))
                .isInstanceOf(ClusterException.class).hasMessageStartingWith("cannot reach OpenSearch at http://127.0.0.1:9");
    }

}
