package sixk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import sixk.opensearch.ClusterException;
import sixk.opensearch.OpenSearchClient;
import sixk.table.IndexedFiling;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The same search as {@link SearchIndex}, answered by an OpenSearch cluster loaded by
 * {@link OpenSearchIndexer}: the query in Lucene syntax over text, headline (×3) and company (×2),
 * AND by default; filters that do not score; hits collapsed to one per filing; facets and the total
 * counting filings (a cardinality of ids, exact below 40,000 per bucket); highlights HTML-escaped
 * with matches in {@code <b>}. Statistics are gathered across shards first (DFS) so that scores do
 * not depend on how documents fell into shards.
 */
public final class OpenSearchSearcher implements Searcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PRECISION = 40_000;
    private final OpenSearchClient cluster;
    private final String alias;

    public OpenSearchSearcher(String url, String alias) {
        this.cluster = new OpenSearchClient(url);
        this.alias = alias;
    }

    @Override public SearchResult search(SearchRequest r) throws IOException {
        long t0 = System.nanoTime();
        ObjectNode body = JSON.createObjectNode();
        body.put("from", r.offset()).put("size", r.limit()).put("track_total_hits", false);
        body.set("query", query(r));
        body.putObject("collapse").put("field", "id");
        body.putObject("_source").putArray("excludes").add("text");
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("filings").putObject("cardinality").put("field", "id").put("precision_threshold", PRECISION);
        for (String f : SearchIndex.FACETS) {
            ObjectNode terms = aggs.putObject(f);
            terms.putObject("terms").put("field", f.equals("company") ? "company.raw" : f).put("size", 1000);
            terms.putObject("aggs").putObject("filings").putObject("cardinality").put("field", "id").put("precision_threshold", PRECISION);
        }
        ObjectNode hl = body.putObject("highlight").put("encoder", "html");
        hl.putArray("pre_tags").add("<b>");
        hl.putArray("post_tags").add("</b>");
        // no_match_size: a document matched on other fields shows its opening, as the embedded highlighter does.
        hl.putObject("fields").putObject("text").put("number_of_fragments", 2).put("fragment_size", 160).put("no_match_size", 160);

        JsonNode res;
        try {
            res = cluster.post("/" + alias + "/_search?search_type=dfs_query_then_fetch", body.toString());
        } catch (ClusterException e) {
            if (e.status() == 400) throw new QuerySyntaxException("cannot read the query \"" + QuerySyntaxException.shortened(r.query()) + "\": " + e.reason());
            throw e;
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (JsonNode h : res.path("hits").path("hits")) {
            JsonNode s = h.path("_source");
            List<String> events = new ArrayList<>();
            s.path("event").forEach(e -> events.add(e.asText()));
            List<String> snippets = new ArrayList<>();
            h.path("highlight").path("text").forEach(t -> snippets.add(t.asText().strip()));
            hits.add(new SearchResult.Hit(s.path("id").asText(), text(s, "form"), text(s, "company"), text(s, "cik"), text(s, "filed"),
                    text(s, "headline"), events, s.path("n").asInt(), text(s, "doc_type"), (float) h.path("_score").asDouble(), snippets));
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        JsonNode a = res.path("aggregations");
        for (String f : SearchIndex.FACETS) {
            Map<String, Integer> counts = new TreeMap<>();
            for (JsonNode b : a.path(f).path("buckets")) counts.put(b.path("key").asText(), b.path("filings").path("value").asInt());
            facets.put(f, counts);
        }
        return new SearchResult(a.path("filings").path("value").asLong(), hits, facets, (System.nanoTime() - t0) / 1e6);
    }

    private static ObjectNode query(SearchRequest r) {
        ObjectNode bool = JSON.createObjectNode();
        ObjectNode b = bool.putObject("bool");
        ArrayNode must = b.putArray("must"), filter = b.putArray("filter");
        if (r.query() == null || r.query().isBlank()) {
            must.addObject().putObject("match_all");
        } else {
            ObjectNode qs = must.addObject().putObject("query_string");
            qs.put("query", r.query()).put("default_operator", "AND").put("allow_leading_wildcard", false);
            qs.putArray("fields").add("text").add("headline^3").add("company^2");
        }
        if (r.form() != null) filter.addObject().putObject("term").put("form", r.form().toUpperCase(Locale.ROOT));
        if (r.event() != null) filter.addObject().putObject("term").put("event", r.event());
        if (r.cik() != null) filter.addObject().putObject("term").put("cik", IndexedFiling.cik(r.cik()));
        if (r.company() != null) filter.addObject().putObject("match").putObject("company").put("query", r.company()).put("operator", "and");
        if (r.from() != null || r.to() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("filed");
            if (r.from() != null) range.put("gte", date(r.from()));
            if (r.to() != null) range.put("lte", date(r.to()));
        }
        return bool;
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).toString();
        } catch (DateTimeParseException e) {
            throw new QuerySyntaxException("not a date (YYYY-MM-DD): " + iso);
        }
    }

    private static String text(JsonNode s, String field) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
