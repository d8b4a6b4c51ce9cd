package sixk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import sixk.record.FilingRecord;
import sixk.record.Json;
import sixk.search.QuerySyntaxException;
import sixk.search.SearchIndex;
import sixk.search.Searcher;
import sixk.search.SearchRequest;
import sixk.store.FilingStore;
import sixk.store.Ingester;
import sixk.store.StoreException;
import sixk.text.DocumentReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The HTTP face of a data directory: the JSON API of docs/web.md and the web app. Bound to
 * 127.0.0.1 unless told otherwise; every filing string reaches the browser as JSON or as
 * sanitized HTML, under a Content-Security-Policy that lets only the app's own script run.
 */
public final class WebServer implements AutoCloseable {
    /** The routes, as documented in openapi.yaml (a test keeps the two equal). */
    public static final List<String> ROUTES = List.of("GET /health", "GET /openapi.yaml", "GET /api/search", "GET /api/filings/{id}",
            "GET /api/filings/{id}/documents/{n}", "GET /api/companies/{cik}/timeline", "GET /api/events", "GET /api/stats", "POST /api/filings");
    public static final long MAX_UPLOAD = DocumentReader.MAX_BYTES;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    private final FilingStore store;
    private final Searcher searcher;
    private final Ingester ingester;
    private final Javalin app;

    public WebServer(FilingStore store, SearchIndex index) { this(store, index, index); }

    /**
     * @param index    where uploaded filings are indexed
     * @param searcher where searches run: the same index, or an OpenSearch cluster (uploads reach it at the next `sixk index`)
     */
    public WebServer(FilingStore store, SearchIndex index, Searcher searcher) {
        this.store = store;
        this.searcher = searcher;
        this.ingester = new Ingester(store, List.of(index));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_UPLOAD + 1;
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.get("/openapi.yaml", this::openapi);
            config.routes.get("/api/search", this::search);
            config.routes.get("/api/filings/{id}", this::filing);
            config.routes.get("/api/filings/{id}/documents/{n}", this::document);
            config.routes.get("/api/companies/{cik}/timeline", this::timeline);
            config.routes.get("/api/events", this::events);
            config.routes.get("/api/stats", this::stats);
            config.routes.post("/api/filings", this::upload);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.error, e.getMessage()));
            config.routes.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, 400, "bad_query", e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
            // The search cluster down or refusing: the gateway's fault, not the user's, and not ours.
            config.routes.exception(sixk.opensearch.ClusterException.class, (e, ctx) -> error(ctx, 502, "search_unavailable", e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal", "internal error: " + e.getClass().getSimpleName()));
            config.routes.error(404, ctx -> {
                String body = ctx.result();
                if (ctx.path().startsWith("/api/") && (body == null || !body.startsWith("{"))) error(ctx, 404, "not_found", "no such resource: " + ctx.path());
            });
            config.routes.error(413, ctx -> error(ctx, 413, "too_large", "uploads are limited to " + (MAX_UPLOAD >> 20) + " MB"));
        });
    }

    /** Starts listening; port 0 picks a free one. */
    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() { return app.port(); }

    private static void error(Context ctx, int status, String error, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("error", error).put("message", message);
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) throw ApiException.notFound("openapi.yaml is missing from the build");
            ctx.contentType("application/yaml; charset=utf-8").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void search(Context ctx) throws IOException {
        SearchRequest r = new SearchRequest(ctx.queryParam("q"), blank(ctx.queryParam("form")), blank(ctx.queryParam("event")),
                blank(ctx.queryParam("company")), blank(ctx.queryParam("cik")), date(ctx, "from"), date(ctx, "to"), integer(ctx, "offset", 0),
                integer(ctx, "limit", 10));
        json(ctx, searcher.search(r));
    }

    private void filing(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        FilingStore.Stored s = store.record(id).orElseThrow(() -> ApiException.notFound("no filing " + id));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", id);
        out.set("record", s.record());
        json(ctx, out);
    }

    private void document(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        int n = parseInt(ctx.pathParam("n"), "document number");
        FilingStore.Stored s = store.record(id).orElseThrow(() -> ApiException.notFound("no filing " + id));
        if (n < 0 || n >= s.texts().size()) throw ApiException.notFound("filing " + id + " has no document " + n);
        String format = blank(ctx.queryParam("format"));
        if (format != null && !format.equals("html") && !format.equals("text")) throw ApiException.badRequest("format is html or text, not " + format);
        if ("html".equals(format)) {
            byte[] original = store.original(id).orElseThrow(() -> ApiException.notFound("the original of " + id + " is not kept"));
            String html = DocumentHtml.of(original, s.record(), n).orElseGet(() -> "<pre>" + org.jsoup.nodes.Entities.escape(s.texts().get(n)) + "</pre>");
            ctx.contentType("text/html; charset=utf-8").result("<!doctype html><html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>");
            return;
        }
        ctx.contentType("text/plain; charset=utf-8").result(s.texts().get(n));
    }

    /** A company's filings and events: by CIK, or by its registrant name for filings that state no CIK (paper filings). */
    private void timeline(Context ctx) throws IOException {
        String key = ctx.pathParam("cik").strip();
        boolean byCik = key.matches("\\d{1,10}");
        String cik = byCik ? key.replaceFirst("^0+(?=\\d)", "") : key;
        String where = byCik ? "ltrim(cik, '0') = ?" : "cik IS NULL AND lower(company) = lower(?)";
        List<Map<String, Object>> filings = store.query("SELECT id, form, CAST(filed_date AS VARCHAR) AS filed, company, headline, event_types "
                + "FROM filings WHERE " + where + " ORDER BY filed_date NULLS LAST, id", cik);
        if (filings.isEmpty()) throw ApiException.notFound("no filing of company " + key);
        List<Map<String, Object>> events = store.query("SELECT filing_id, type, confidence, amount_value, amount_currency, period, "
                + "CAST(filed_date AS VARCHAR) AS filed, sentence FROM events WHERE " + where + " ORDER BY filed_date NULLS LAST, filing_id, n", cik);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cik", byCik ? cik : null);
        out.put("company", filings.get(0).get("company"));
        out.put("filings", filings);
        out.put("events", events);
        json(ctx, out);
    }

    private void events(Context ctx) throws IOException {
        StringBuilder sql = new StringBuilder("SELECT e.filing_id, CAST(e.filed_date AS VARCHAR) AS filed, e.company, e.cik, e.type, e.confidence, "
                + "e.amount_value, e.amount_currency, e.counterparty, e.period, e.person, e.sentence FROM events e WHERE 1=1");
        List<Object> params = new ArrayList<>();
        String type = blank(ctx.queryParam("type"));
        if (type != null) { sixk.search.SearchRequest.checkEventType(type); sql.append(" AND e.type = ?"); params.add(type); }
        String format = blank(ctx.queryParam("format"));
        if (format != null && !format.equals("csv") && !format.equals("json")) throw ApiException.badRequest("format is csv or json, not " + format);
        String from = date(ctx, "from"), to = date(ctx, "to");
        if (from != null) { sql.append(" AND e.filed_date >= CAST(? AS DATE)"); params.add(from); }
        if (to != null) { sql.append(" AND e.filed_date <= CAST(? AS DATE)"); params.add(to); }
        sql.append(" ORDER BY e.filed_date NULLS LAST, e.filing_id, e.n LIMIT ").append(integer(ctx, "limit", 10_000));
        List<Map<String, Object>> rows = store.query(sql.toString(), params.toArray());
        String accept = ctx.header("Accept");
        if ("csv".equals(ctx.queryParam("format")) || accept != null && accept.startsWith("text/csv")) {
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"events.csv\"").result(Csv.of(rows));
            return;
        }
        json(ctx, Map.of("events", rows));
    }

    private void stats(Context ctx) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String t : List.of("filings", "documents", "signatures", "exhibits", "press_releases", "events", "entities", "warnings")) {
            out.put(t, ((Number) store.query("SELECT count(*) AS n FROM " + t).get(0).get("n")).longValue());
        }
        out.put("forms", store.query("SELECT form, count(*) AS n FROM filings GROUP BY form ORDER BY n DESC"));
        out.put("event_types", store.query("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC"));
        json(ctx, out);
    }

    private void upload(Context ctx) throws IOException {
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,19}") && Long.parseLong(length) > MAX_UPLOAD) {
            throw new ApiException(413, "too_large", "uploads are limited to " + (MAX_UPLOAD >> 20) + " MB");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) throw ApiException.badRequest("the request body is empty: send the filing's bytes");
        if (body.length > MAX_UPLOAD) throw new ApiException(413, "too_large", "uploads are limited to " + (MAX_UPLOAD >> 20) + " MB");
        String name = ctx.queryParam("name");
        FilingRecord r = ingester.ingestOne(body, name == null ? "upload" : name.replaceAll("[^A-Za-z0-9._-]", "_"));
        String notAFiling = sixk.pipeline.FilingReader.notAFiling(r);
        if (notAFiling != null) throw new ApiException(422, "not_a_filing", "the upload is " + notAFiling);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", r.id());
        out.put("form", r.form());
        out.put("events", r.events().size());
        out.put("warnings", r.warnings().size());
        ctx.status(201);
        json(ctx, out);
    }

    private static void json(Context ctx, Object value) throws IOException {
        ctx.contentType("application/json; charset=utf-8").result(Json.COMPACT.writeValueAsString(value));
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static String date(Context ctx, String name) {
        String v = blank(ctx.queryParam(name));
        if (v != null && !DATE.matcher(v).matches()) throw ApiException.badRequest(name + " is not a date (YYYY-MM-DD): " + v);
        return v;
    }

    private static int integer(Context ctx, String name, int otherwise) {
        String v = blank(ctx.queryParam(name));
        return v == null ? otherwise : parseInt(v, name);
    }

    private static int parseInt(String v, String what) {
        if (!v.matches("\\d{1,9}")) throw ApiException.badRequest(what + " must be a whole number from 0 to 999999999, not " + v);
        return Integer.parseInt(v);
    }

    @Override public void close() { app.stop(); }

}
