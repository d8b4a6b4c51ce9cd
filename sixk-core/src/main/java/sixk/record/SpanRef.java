package sixk.record;

/** A section of a document, such as the "About" paragraph or the forward-looking statements. */
public record SpanRef(Span span) {}
