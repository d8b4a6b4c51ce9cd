package sixk.record;

/** Where an event was read: the document, the span of its key words, and the sentence. */
public record Evidence(int document, Span span, String text) {}
