package sixk.record;

/** A receipt or processing mark of a paper-era filing, e.g. "PROCESSED SEP 23 2002 THOMSON FINANCIAL". */
public record Stamp(String text, String date, String by, Integer document, Span span) {}
