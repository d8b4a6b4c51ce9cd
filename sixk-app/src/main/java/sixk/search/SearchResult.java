package sixk.search;

import java.util.List;
import java.util.Map;

/** Ranked filings for a search, with the number that matched and facet counts over all of them. */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, double millis) {
    /** One filing: its fields, the best-matching document and highlighted snippets (HTML-escaped, matches in &lt;b&gt;). */
    public record Hit(String id, String form, String company, String cik, String filed, String headline, List<String> events,
                      int document, String documentType, float score, List<String> snippets) {}
}
