package sixk.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a bare "$" means in a document. USD, unless the document says its amounts are in another
 * dollar: "(all figures in Canadian dollars)", "expressed in Canadian dollars unless otherwise
 * stated", "All dollar amounts are in Australian dollars".
 */
public final class DollarCurrency {
    private static final Pattern STATED = Pattern.compile(
            "(?i)(?:in|are|expressed in|stated in|reported in|denominated in)\\s(?:thousands of\\s|millions of\\s)?(Canadian|Australian|Hong Kong|Singapore|New Taiwan|NT|New Zealand)\\s(?:dollars|\\$)"
                    + "|(Canadian|Australian|Singapore|New Zealand) dollars unless (?:otherwise )?(?:noted|stated|indicated)");
    private static final int WINDOW = 200_000;

    private DollarCurrency() {}

    /**
     * The names the pattern opens on. Those only its first branch has come after a space there:
     * elsewhere ("NT " ends a thousand capitalized words, "AGREEMENT ") the pattern is not tried.
     */
    private record Name(String text, boolean afterSpace) {}
    private static final Name[] NAMES = {new Name("Canadian", false), new Name("Australian", false), new Name("Hong Kong", true),
            new Name("Singapore", false), new Name("Taiwan", true), new Name("NT ", true), new Name("New Zealand", false)};

    public static String of(String text) {
        // Most documents name no other dollar: a few plain searches spare the pattern.
        Matcher m = STATED.matcher(text);
        boolean found = false;
        for (Name n : NAMES) {
            for (int k = text.indexOf(n.text()); k >= 0 && k < WINDOW && !found; k = text.indexOf(n.text(), k + 1)) {
                if (n.afterSpace() && (k == 0 || !sixk.text.Scan.blank(text.charAt(k - 1)))) continue;
                m.region(Math.max(0, k - 60), Math.min(text.length(), k + 80));
                found = m.find();
            }
            if (found) break;
        }
        if (!found) return "USD";
        String which = m.group(1) != null ? m.group(1) : m.group(2);
        return switch (which.toLowerCase(java.util.Locale.ROOT)) {
            case "canadian" -> "CAD";
            case "australian" -> "AUD";
            case "hong kong" -> "HKD";
            case "singapore" -> "SGD";
            case "new taiwan", "nt" -> "TWD";
            case "new zealand" -> "NZD";
            default -> "USD";
        };
    }
}
