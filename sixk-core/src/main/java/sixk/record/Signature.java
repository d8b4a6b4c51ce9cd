package sixk.record;

/** One signer of the report's SIGNATURES block. */
public record Signature(String registrant, String date, String signedAs, String name, String title,
                        Integer document, Span span) {}
