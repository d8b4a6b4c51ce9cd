package sixk.record;

/** Direct speech in a press release: who said it, their title, the words. */
public record Quote(String speaker, String title, String text, Span span) {}
