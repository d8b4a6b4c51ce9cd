package sixk.press;

import sixk.record.Ticker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Exchange:symbol pairs as releases print them ("(NASDAQ: FLML)", "NYSE: ABB", "TSX-V: AAA"), exchanges folded to short codes. */
final class TickerFinder {
    private static final Pattern TICKER = Pattern.compile(
            "\\b(NASDAQ(?: Global (?:Select )?Market)?|Nasdaq|NYSE Amex|NYSE Arca|NYSE|AMEX|TSX[- ]V(?:enture)?|TSX Venture|TSX|TSXV|LSE|London Stock Exchange"
                    + "|Euronext(?: Paris| Amsterdam| Brussels)?|Xetra|Frankfurt|FSE|TAIEX|TWSE|SIX|ASX|HKEX|SEHK|OTCBB|OTC)\\s?:\\s?([A-Z0-9][A-Z0-9]{0,6}(?:\\.[A-Z]{1,3})?)\\b");

    private TickerFinder() {}

    static List<Ticker> find(String text) {
        List<Ticker> out = new ArrayList<>();
        Matcher m = TICKER.matcher(text);
        while (m.find()) {
            Ticker t = new Ticker(exchange(m.group(1)), m.group(2));
            if (!out.contains(t)) out.add(t);
        }
        return out;
    }

    static String exchange(String printed) {
        String s = printed.toUpperCase(Locale.ROOT);
        if (s.startsWith("NASDAQ")) return "NASDAQ";
        if (s.startsWith("TSX V") || s.startsWith("TSX-V") || s.startsWith("TSXV") || s.startsWith("TSX VENTURE")) return "TSX-V";
        if (s.equals("LONDON STOCK EXCHANGE")) return "LSE";
        if (s.startsWith("EURONEXT")) return "EURONEXT";
        return s;
    }
}
