package sixk.record;

/** Something the reader was unsure of or gave up on. {@code document} and {@code span} when local. */
public record Warning(String code, String message, Integer document, Span span) {
    public static Warning of(String code, String message) { return new Warning(code, message, null, null); }

    public static Warning at(String code, String message, int document) { return new Warning(code, message, document, null); }
}
