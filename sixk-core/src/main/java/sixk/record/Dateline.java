package sixk.record;

/** "Lyon, France, September 19, 2002 –": city, region, country, ISO date. */
public record Dateline(String city, String region, String country, String date, Span span) {}
