package sixk.search;

/**
 * A search: a query in Lucene syntax (phrases, AND/OR/NOT, field:value, wildcards) and optional
 * filters. Null filters are absent; dates are ISO (inclusive).
 */
public record SearchRequest(String query, String form, String event, String company, String cik, String from, String to,
                            int offset, int limit) {
    public static final int MAX_LIMIT = 200;

    public SearchRequest {
        if (event != null) checkEventType(event);
        if (limit <= 0) limit = 10;
        limit = Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    /** A filter on an event type no filing can have is a mistake to say, not an empty answer. */
    public static void checkEventType(String type) {
        for (sixk.event.EventType t : sixk.event.EventType.values()) if (t.id().equals(type)) return;
        throw new QuerySyntaxException("unknown event type " + type + " (one of: "
                + java.util.Arrays.stream(sixk.event.EventType.values()).map(sixk.event.EventType::id).collect(java.util.stream.Collectors.joining(", ")) + ")");
    }

    public static SearchRequest of(String query) { return new SearchRequest(query, null, null, null, null, null, null, 0, 10); }
}
