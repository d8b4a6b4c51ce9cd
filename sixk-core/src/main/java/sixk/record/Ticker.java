package sixk.record;

/** An exchange:symbol pair, exchange normalized to its short code (NASDAQ, NYSE, TSX, LSE …). */
public record Ticker(String exchange, String symbol) {}
