package sixk.search;

/**
 * A search: a query in Lucene syntax (phrases, AND/OR/NOT, field:value, wildcards) and optional
 * filters. Null filters are absent; dates are ISO (inclusive).
 */
public record SearchRequest(String query, String form, String event, String company, String cik, String from, String to,
                            int offset, int limit) {
    public static final int MAX_LIMIT = 200;

    public SearchRequest {
        if (limit <= 0) limit = 10;
        limit = Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    public static SearchRequest of(String query) { return new SearchRequest(query, null, null, null, null, null, null, 0, 10); }
}
