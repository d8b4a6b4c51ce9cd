package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds trademarks: a name marked ® or ™ ("Micropump®", "ColCys™", "Medusa (R)"). The marked
 * names are also the products and technologies a release talks about, so each is kept as a
 * product too when the words around it call it a product, drug, technology or device.
 */
public final class TrademarkFinder {
    private static final Pattern MARKED = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}\\d-]{1,30}(?:\\s\\p{Lu}[\\p{L}\\d-]{1,30}){0,2})\\s?(®|™|\\(R\\)|\\(TM\\))");
    private static final Pattern PRODUCT_WORDS = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:product|drug|technology|device|tablets?|capsules?|injection|vaccine|therapy|treatment|platform|system|brand|launch)");

    private TrademarkFinder() {}

    public static void find(String text, int doc, List<Entity> out) {
        // Most documents mark nothing: one scan for the marks spares the pattern.
        if (text.indexOf('®') < 0 && text.indexOf('™') < 0 && text.indexOf("(R)") < 0 && text.indexOf("(TM)") < 0) return;
        sixk.text.Scan.matches(MARKED, text, 0, text.length(), sixk.text.Scan::capitalStart, m -> {
            String name = m.group(1);
            Span span = new Span(m.start(), m.end());
            out.add(new Entity("trademark", m.group(), name, doc, span));
            Matcher p = PRODUCT_WORDS.matcher(text).region(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60));
            if (p.find()) out.add(new Entity("product", m.group(), name, doc, span));
        });
    }
}
