package sixk.record;

/** A company named as issuer of a press release, with its listing when printed. */
public record Issuer(String name, String exchange, String ticker) {}
