package sixk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.record.Json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over HTTP on a real server: answers, errors as JSON with the right status, sanitizing, the OpenAPI document. */
class WebServerTest {
    @TempDir static Path tmp;
    static ServerFixture fx;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll static void start() throws IOException { fx = new ServerFixture(tmp.resolve("data")); }

    @AfterAll static void stop() throws IOException { fx.close(); }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fx.base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException { return Json.MAPPER.readTree(r.body()); }

    static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void searchWithFacetsAndHighlights() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + q("milestone payment"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo(ServerFixture.SEED);
        assertThat(hit.get("snippets").toString()).contains("<b>");
        assertThat(body.path("facets").path("event").path("milestone_payment").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode filtered = json(get("/api/search?q=" + q("milestone payment") + "&event=dividend"));
        assertThat(filtered.get("total").asInt()).isZero();
        JsonNode dated = json(get("/api/search?q=" + q("milestone") + "&from=2002-09-01&to=2002-09-30"));
        assertThat(dated.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void badInputIsAJsonErrorWithItsStatus() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + q("\"unclosed"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asText()).isEqualTo("bad_query");
        assertThat(get("/api/search?q=x&from=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=x&limit=ten").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = get("/api/filings/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("message").asText()).contains("nope");
        assertThat(get("/api/filings/" + ServerFixture.SEED + "/documents/99").statusCode()).isEqualTo(404);
        assertThat(get("/api/filings/" + ServerFixture.SEED + "/documents/x").statusCode()).isEqualTo(400);
        assertThat(get("/api/no/such/route").statusCode()).isEqualTo(404);
        // A filter or format no answer can have is said, not answered with nothing.
        HttpResponse<String> unknownType = get("/api/events?type=milestone");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(json(unknownType).get("message").asText()).startsWith("unknown event type milestone (one of: ").contains("milestone_payment");
        assertThat(get("/api/search?q=x&event=no_such_event").statusCode()).isEqualTo(400);
        assertThat(get("/api/events?format=xml").statusCode()).isEqualTo(400);
        assertThat(get("/api/filings/" + ServerFixture.SEED + "/documents/0?format=pdf").statusCode()).isEqualTo(400);
        assertThat(json(get("/api/search?q=x&limit=-1")).get("message").asText()).isEqualTo("limit must be a whole number from 0 to 999999999, not -1");
    }

    @Test
    void filingDocumentsTimelineEventsStats() throws Exception {
        JsonNode f = json(get("/api/filings/" + ServerFixture.SEED)).get("record");
        assertThat(f.path("cover").path("registrant_name").asText()).isEqualTo("Flamel Technologies");
        JsonNode ev = f.get("events").get(0);
        String text = get("/api/filings/" + ServerFixture.SEED + "/documents/" + ev.path("evidence").path("document").asInt()).body();
        int start = ev.path("evidence").path("span").get(0).asInt(), end = ev.path("evidence").path("span").get(1).asInt();
        assertThat(text.substring(start, end)).containsIgnoringCase("milestone payment");
        JsonNode timeline = json(get("/api/companies/" + q("Flamel Technologies").replace("+", "%20") + "/timeline"));
        assertThat(timeline.get("events").size()).isGreaterThanOrEqualTo(3);
        HttpResponse<String> csv = get("/api/events?type=milestone_payment&format=csv");
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("filing_id,filed,company").contains("Servier Monde");
        assertThat(json(get("/api/stats")).get("filings").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void uploadedHostileHtmlIsStoredAndShownInert() throws Exception {
        String hostile = "<html><head><style>body{background:url(http://evil.example/x)}</style><script>window.pwned=1</script></head><body>"
                + "<p onclick=\"window.pwned=2\">Acme Corp announces a dividend of $0.25 per share.</p>"
                + "<img src=\"http://evil.example/track.gif\" onerror=\"window.pwned=3\"><a href=\"javascript:alert(1)\">x</a>"
                + "<iframe src=\"http://evil.example\"></iframe></body></html>";
        HttpResponse<String> up = HTTP.send(HttpRequest.newBuilder(URI.create(fx.base + "/api/filings?name=hostile.htm"))
                .POST(HttpRequest.BodyPublishers.ofString(hostile)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        String id = json(up).get("id").asText();
        HttpResponse<String> html = get("/api/filings/" + id + "/documents/0?format=html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Acme Corp announces a dividend").doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("javascript:").doesNotContain("evil.example").doesNotContainIgnoringCase("<style");
        assertThat(html.headers().firstValue("content-security-policy").orElse("")).contains("script-src 'self'");
        HttpResponse<String> empty = HTTP.send(HttpRequest.newBuilder(URI.create(fx.base + "/api/filings")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void anUploadThatIsNoFilingIs422AndNotStored() throws Exception {
        long before = json(get("/api/stats")).get("filings").asLong();
        byte[] index = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "sixk-core", "src", "test", "resources", "data", "form-index-2021-03-31.idx.txt"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fx.base + "/api/filings?name=form.idx")).POST(HttpRequest.BodyPublishers.ofByteArray(index)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json(r).get("error").asText()).isEqualTo("not_a_filing");
        assertThat(json(r).get("message").asText()).contains("an EDGAR index file");
        assertThat(json(get("/api/stats")).get("filings").asLong()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheLimitIs413() throws Exception {
        byte[] big = new byte[(int) WebServer.MAX_UPLOAD + 1024];
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fx.base + "/api/filings")).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
    }

    /** Every route is documented in openapi.yaml, and every documented route answers (not with 404 for an unknown route). */
    @Test
    void openApiListsExactlyTheRoutes() throws Exception {
        String yaml;
        try (InputStream in = WebServer.class.getResourceAsStream("/openapi.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> documented = new ArrayList<>();
        String path = null;
        for (String line : yaml.split("\n")) {
            Matcher p = Pattern.compile("^  (/[^:]*):\\s*$").matcher(line);
            if (p.matches()) { path = p.group(1); continue; }
            Matcher m = Pattern.compile("^    (get|post|put|delete|patch):\\s*$").matcher(line);
            if (m.matches() && path != null) documented.add(m.group(1).toUpperCase() + " " + path);
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(WebServer.ROUTES);
        assertThat(get("/openapi.yaml").body()).isEqualTo(yaml);
        for (String route : documented) {
            if (!route.startsWith("GET ")) continue;
            String concrete = route.substring(4).replace("{id}", ServerFixture.SEED).replace("{n}", "0").replace("{cik}", "Flamel%20Technologies");
            assertThat(get(concrete).statusCode()).as(route).isEqualTo(200);
        }
    }
}
