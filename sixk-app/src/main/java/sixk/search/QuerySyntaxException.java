package sixk.search;

/** A query the parser cannot read, said in one line. */
public class QuerySyntaxException extends IllegalArgumentException {
    public QuerySyntaxException(String message) { super(message); }
}
