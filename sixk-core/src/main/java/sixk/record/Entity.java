package sixk.record;

/**
 * A thing named in a document: money, percent, date, period, ticker, person, organization,
 * trademark, product. {@code value} is the normalized value (a map, a string or a number).
 */
public record Entity(String kind, String text, Object value, int document, Span span) {}
