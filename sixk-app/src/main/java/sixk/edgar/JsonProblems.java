package sixk.edgar;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;

/** Names where a JSON document broke: line and column, and the parser's complaint without its source dump. */
final class JsonProblems {
    private JsonProblems() {}

    static String describe(JacksonException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return where + e.getOriginalMessage();
    }
}
