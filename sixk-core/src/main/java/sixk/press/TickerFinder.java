package sixk.press;

import sixk.record.Issuer;
import sixk.record.Ticker;
import sixk.text.Scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Exchange:symbol pairs as releases print them ("(NASDAQ: FLML)", "NYSE: ABB", "TSX-V: AAA"), exchanges folded to short codes. */
public final class TickerFinder {
    private static final String EXCHANGES = "NASDAQ(?: Global (?:Select )?Market)?|Nasdaq|NYSE Amex|NYSE Arca|NYSE|AMEX|TSX[- ]V(?:enture(?: Exchange)?)?|TSX Venture(?: Exchange)?|TSX|TSXV"
            + "|LSE|London Stock Exchange|Euronext(?: Paris| Amsterdam| Brussels| Lisbon)?|EURONEXT(?: PARIS| AMSTERDAM| BRUSSELS)?|Xetra|Frankfurt|FRANKFURT|FSE"
            + "|TAIEX|TWSE|SIX|ASX|HKEX|SEHK|OTC ?BB|OTC";
    /** "(NASDAQ: FLML)", and the header form "FRANKFURT Trading Symbol: QLD". */
    private static final Pattern TICKER = Pattern.compile(
            "\\b(" + EXCHANGES + ")(?: and (" + EXCHANGES + "))?(?: (?:Trading )?Symbol)?\\s?:\\s?([A-Z0-9][A-Z0-9]{0,6}(?:\\.[A-Z]{1,3})?)\\b");

    private TickerFinder() {}

    public static List<Ticker> find(String text) {
        List<Ticker> out = new ArrayList<>();
        Scan.matches(TICKER, text, 0, text.length(), TickerFinder::start, m -> {
            for (Ticker t : tickers(m)) if (!out.contains(t)) out.add(t);
        });
        return out;
    }

    /** Adds a ticker entity per exchange:symbol pair printed in document {@code doc}. */
    public static void entities(String text, int doc, List<sixk.record.Entity> out) { entities(text, Scan.starts(text), doc, out); }

    public static void entities(String text, int[] starts, int doc, List<sixk.record.Entity> out) {
        Scan.matchesAt(TICKER, text, starts, TickerFinder::start, m -> {
            for (Ticker t : tickers(m)) out.add(new sixk.record.Entity("ticker", m.group(), t, doc, new sixk.record.Span(m.start(), m.end())));
        });
    }

    /**
     * The issuers named with their listing: the capitalized name printed just before "(NASDAQ: FLML)".
     * A ticker printed without a name before it gives an issuer with a null name.
     */
    static List<Issuer> issuers(String text) {
        List<Issuer> out = new ArrayList<>();
        Scan.matches(TICKER, text, 0, text.length(), TickerFinder::start, m -> {
            int paren = m.start() - 1;
            while (paren >= 0 && text.charAt(paren) == ' ') paren--;
            String name = paren >= 0 && text.charAt(paren) == '(' ? nameBefore(text, paren) : null;
            for (Ticker t : tickers(m)) {
                Issuer issuer = new Issuer(name, t.exchange(), t.symbol());
                if (!out.contains(issuer)) out.add(issuer);
            }
        });
        return out;
    }

    /** "TSX and NYSE: AGU" is one symbol on two exchanges. */
    private static List<Ticker> tickers(java.util.regex.MatchResult m) {
        Ticker first = new Ticker(exchange(m.group(1)), m.group(3));
        return m.group(2) == null ? List.of(first) : List.of(first, new Ticker(exchange(m.group(2)), m.group(3)));
    }

    /** An exchange name opens a ticker, and its colon follows within a few words. */
    private static boolean start(String text, int i) {
        return Scan.capitalStart(text, i) && Scan.ahead(text, i, 45, ':');
    }

    /** The run of capitalized words (with "&", "de", "of", "and") that ends just before {@code at}, on its line. */
    static String nameBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end, words = 0;
        while (start > 0 && words < 8) {
            int ws = start;
            while (ws > 0 && text.charAt(ws - 1) != ' ' && text.charAt(ws - 1) != '\n' && text.charAt(ws - 1) != '(') ws--;
            String w = text.substring(ws, start).strip();
            if (w.isEmpty()) break;
            boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (!capital && !CONNECTORS.contains(w)) break;
            start = ws;
            words++;
            if (start == 0 || text.charAt(start - 1) != ' ') break;
            start--;
        }
        while (start < end && (text.charAt(start) == ' ')) start++;
        String name = text.substring(start, end).replaceAll("^(?:(?:and|of|de|the|&)\\s)+", "").replaceAll("[,\\s]+$", "");
        return name.isEmpty() || !Character.isUpperCase(name.charAt(0)) ? null : name;
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("&", "de", "of", "and", "du", "des", "la", "le", "van", "der");

    static String exchange(String printed) {
        String s = printed.toUpperCase(Locale.ROOT);
        if (s.startsWith("NASDAQ")) return "NASDAQ";
        if (s.startsWith("TSX V") || s.startsWith("TSX-V") || s.startsWith("TSXV") || s.startsWith("TSX VENTURE")) return "TSXV";
        if (s.equals("LONDON STOCK EXCHANGE")) return "LSE";
        if (s.equals("FRANKFURT")) return "FSE";
        if (s.startsWith("OTC") && s.endsWith("BB")) return "OTCBB";
        // "Euronext Paris" names the market; "Euronext" alone stays as printed.
        return s;
    }
}
