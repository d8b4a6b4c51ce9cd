package sixk.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The REST calls sixk makes to an OpenSearch cluster, over java.net.http: no client library, so the
 * Spark job's jar carries nothing that could meet a different version on a cluster's class path.
 * Every failure is a {@link ClusterException} with one line for the user.
 */
public final class OpenSearchClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /** @param url the cluster's address, e.g. {@code http://127.0.0.1:9200} */
    public OpenSearchClient(String url) {
        String problem = urlProblem(url);
        if (problem != null) throw new IllegalArgumentException(problem);
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String url() { return base; }

    /** What is wrong with a cluster address ("takes an http:// or https:// URL: …"), or null when nothing is. */
    public static String urlProblem(String url) {
        return url.startsWith("http://") || url.startsWith("https://") ? null : "takes an http:// or https:// URL: " + url;
    }

    /** Sends a request without a body (GET, DELETE, a refresh). */
    public JsonNode request(String method, String path) throws IOException {
        return request(method, path, (byte[]) null);
    }

    /** Sends a request and returns the cluster's JSON answer; any status but 2xx is a ClusterException. */
    public JsonNode request(String method, String path, String body) throws IOException {
        return request(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same with a body already encoded as UTF-8 (a bulk request is encoded once, and its size is known). */
    public JsonNode request(String method, String path, byte[] body) throws IOException {
        HttpResponse<String> r = send(method, path, body);
        check(r, method + " " + path);
        return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    /** POSTs a JSON body and returns the cluster's JSON answer (for searches). */
    public JsonNode post(String path, String body) throws IOException {
        return request("POST", path, body);
    }

    /** The indices an alias points at now (none when it does not exist). */
    public List<String> aliased(String alias) throws IOException {
        HttpResponse<String> r = send("GET", "/_alias/" + alias, (byte[]) null);
        if (r.statusCode() == 404) return List.of();
        check(r, "GET /_alias/" + alias);
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = JSON.readTree(r.body()).fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    /** Deletes an index, quietly: for cleaning up after a failure, when the cluster may be gone. */
    void deleteQuietly(String index) {
        try {
            send("DELETE", "/" + index, (byte[]) null);
        } catch (IOException ignored) {
            // The cluster is unreachable; what is left was never aliased, so no reader sees it.
        }
    }

    private static void check(HttpResponse<String> r, String what) throws IOException {
        if (r.statusCode() / 100 == 2) return;
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

    private HttpResponse<String> send(String method, String path, byte[] body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
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
