package sixk.search;

/** A query the parser cannot read, said in one line. */
public class QuerySyntaxException extends IllegalArgumentException {
    public QuerySyntaxException(String message) { super(message); }

    /** A query as a message quotes it: its first 80 characters, so that a pasted page does not fill the screen. */
    static String shortened(String query) { return query.length() <= 80 ? query : query.substring(0, 80) + "…"; }
}
