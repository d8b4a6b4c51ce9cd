package sixk.record;

import java.util.List;

/** A press release found in an exhibit or in the body of the main document. */
public record PressRelease(int document, String headline, Span headlineSpan, Dateline dateline,
                           List<Issuer> issuers, List<Ticker> tickers, List<Quote> quotes,
                           SpanRef about, SpanRef forwardLookingStatements, List<Contact> contacts) {}
