package sixk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import sixk.store.FilingStore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Loads the store's documents into OpenSearch, one OpenSearch document per indexed document of a
 * filing, with the fields of the embedded Lucene index ({@link SearchIndex}). Each run builds a new
 * index ({@code ALIAS-yyyyMMddHHmmss}) and then moves the alias to it in one atomic {@code _aliases}
 * call, so readers of the alias never see a half-built index; the indices the alias left are
 * deleted afterwards.
 */
public final class OpenSearchIndexer {
    /** Bulk requests are cut at this many bytes of NDJSON (OpenSearch accepts 100 MB by default). */
    static final int BULK_BYTES = 8 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The cluster could not be reached or refused a request: a one-line message for the user. */
    public static final class ClusterException extends IOException {
        private final int status;
        private final String reason;

        ClusterException(String message, Throwable cause) { this(message, cause, -1, null); }

        ClusterException(String message, Throwable cause, int status, String reason) {
            super(message, cause);
            this.status = status;
            this.reason = reason;
        }

        /** The HTTP status the cluster answered, or -1 when it could not be reached. */
        public int status() { return status; }

        /** The cluster's own explanation (its error's reason), when it gave one. */
        public String reason() { return reason == null ? getMessage() : reason; }
    }

    /** What a run did; {@code bulkMillis} is the time inside bulk requests alone (the bulk rate), {@code millis} the whole run. */
    public record Summary(String index, long filings, long documents, long bytes, long bulkMillis, long millis) {
        @Override public String toString() {
            double b = Math.max(1, bulkMillis) / 1000.0;
            return String.format(Locale.ROOT, "%d filings, %d documents, %.1f MB into %s in %.1f s (bulk: %.1f s, %.0f documents/s, %.1f MB/s)",
                    filings, documents, bytes / 1e6, index, millis / 1000.0, b, documents / b, bytes / 1e6 / b);
        }
    }

    private long bulkNanos;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /** @param url the cluster's address, e.g. {@code http://127.0.0.1:9200} */
    public OpenSearchIndexer(String url) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Builds a new index from every filing of the store and points {@code alias} at it. */
    public Summary index(FilingStore store, String alias) throws IOException {
        long start = System.nanoTime();
        String index = alias + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
        request("PUT", "/" + index, mapping());
        long[] counts;
        try {
            counts = load(store, index);
        } catch (IOException | RuntimeException e) {
            // A failed run leaves nothing behind: the alias still points at the last complete index.
            try {
                send("DELETE", "/" + index, null);
            } catch (IOException ignored) {
                // The cluster is gone; the half-built index was never aliased, so no reader sees it.
            }
            throw e;
        }
        List<String> old = aliased(alias);
        ObjectNode actions = JSON.createObjectNode();
        var list = actions.putArray("actions");
        for (String o : old) list.addObject().putObject("remove").put("index", o).put("alias", alias);
        list.addObject().putObject("add").put("index", index).put("alias", alias);
        request("POST", "/_aliases", actions.toString());
        for (String o : old) request("DELETE", "/" + o, null);
        return new Summary(index, counts[0], counts[1], counts[2], bulkNanos / 1_000_000, (System.nanoTime() - start) / 1_000_000);
    }

    /** Fills the new index and makes it searchable; returns filings, documents and bytes sent. */
    private long[] load(FilingStore store, String index) throws IOException {
        long filings = 0, documents = 0, bytes = 0;
        bulkNanos = 0;
        StringBuilder bulk = new StringBuilder(BULK_BYTES + (1 << 20));
        for (String id : new TreeSet<>(store.ids())) {
            IndexedFiling f = IndexedFiling.of(store, id);
            if (f == null) continue;
            filings++;
            for (IndexedFiling.Doc d : f.documents()) {
                bulk.append("{\"index\":{\"_index\":").append(JSON.writeValueAsString(index))
                        .append(",\"_id\":").append(JSON.writeValueAsString(f.id() + "/" + d.n())).append("}}\n");
                bulk.append(JSON.writeValueAsString(source(f, d))).append('\n');
                documents++;
                if (bulk.length() >= BULK_BYTES) {
                    bytes += flush(bulk);
                }
            }
        }
        if (!bulk.isEmpty()) bytes += flush(bulk);
        request("PUT", "/" + index + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}");
        request("POST", "/" + index + "/_refresh", null);
        return new long[]{filings, documents, bytes};
    }

    /** The indices an alias points at now (none when it does not exist). */
    public List<String> aliased(String alias) throws IOException {
        HttpResponse<String> r = send("GET", "/_alias/" + alias, null);
        if (r.statusCode() == 404) return List.of();
        check(r, "GET /_alias/" + alias);
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = JSON.readTree(r.body()).fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    static ObjectNode source(IndexedFiling f, IndexedFiling.Doc d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", f.id());
        o.put("n", d.n());
        if (d.type() != null) o.put("doc_type", d.type());
        o.put("text", d.text());
        if (f.headline() != null) o.put("headline", f.headline());
        if (f.company() != null) o.put("company", f.company());
        if (f.cik() != null) o.put("cik", SearchIndex.stripZeros(f.cik()));
        if (f.form() != null) o.put("form", f.form().toUpperCase(Locale.ROOT));
        if (!f.events().isEmpty()) { var a = o.putArray("event"); f.events().forEach(a::add); }
        if (!f.tickers().isEmpty()) { var a = o.putArray("ticker"); f.tickers().forEach(t -> a.add(t.toUpperCase(Locale.ROOT))); }
        if (f.filed() != null) {
            o.put("filed", f.filed());
            o.put("year", f.filed().substring(0, 4));
        }
        if (f.country() != null) o.put("country", f.country());
        return o;
    }

    /** Sends one bulk request; any item that failed fails the run (a partial index is never aliased). */
    private long flush(StringBuilder bulk) throws IOException {
        String body = bulk.toString();
        bulk.setLength(0);
        long t0 = System.nanoTime();
        JsonNode r = request("POST", "/_bulk", body);
        bulkNanos += System.nanoTime() - t0;
        if (r.path("errors").asBoolean(false)) {
            for (JsonNode item : r.path("items")) {
                JsonNode e = item.path("index").path("error");
                if (!e.isMissingNode()) {
                    throw new ClusterException("OpenSearch refused document " + item.path("index").path("_id").asText() + ": "
                            + e.path("type").asText() + ": " + e.path("reason").asText(), null);
                }
            }
        }
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String mapping() throws IOException {
        try (InputStream in = OpenSearchIndexer.class.getResourceAsStream("opensearch-index.json")) {
            if (in == null) throw new IOException("opensearch-index.json missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private JsonNode request(String method, String path, String body) throws IOException {
        HttpResponse<String> r = send(method, path, body);
        check(r, method + " " + path);
        return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    private static void check(HttpResponse<String> r, String what) throws IOException {
        if (r.statusCode() / 100 != 2) {
            String b = r.body(), reason = null;
            try {
                JsonNode e = JSON.readTree(b).path("error");
                JsonNode cause = e.path("root_cause").path(0);
                reason = (cause.isMissingNode() ? e : cause).path("reason").asText(null);
                if (e.path("caused_by").has("reason")) reason = e.path("caused_by").path("reason").asText();
            } catch (IOException | RuntimeException notJson) {
                // The body is not OpenSearch's JSON error: the message keeps its start.
            }
            throw new ClusterException("OpenSearch answered " + r.statusCode() + " to " + what + ": "
                    + (reason != null ? reason : b.length() > 300 ? b.substring(0, 300) + "…" : b), null, r.statusCode(), reason);
        }
    }

    /** POSTs a JSON body and returns the cluster's JSON answer (for searches). */
    JsonNode post(String path, String body) throws IOException {
        return request("POST", path, body);
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) b.header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ClusterException("cannot reach OpenSearch at " + base + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
