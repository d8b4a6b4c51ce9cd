package sixk.submission;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps 8-K ITEM INFORMATION wordings to modern item numbers ("2.02"). EDGAR printed the item
 * caption rather than its number; before August 2004 the captions were the old items
 * (e.g. "Other events", old item 5), which are mapped to their present-day equivalents.
 */
public final class ItemCodes {
    private static final Pattern NUMBER = Pattern.compile("^(?:item\\s*)?(\\d{1,2}\\.\\d{2})\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> CAPTIONS = Map.ofEntries(
            Map.entry("entry into a material definitive agreement", "1.01"),
            Map.entry("termination of a material definitive agreement", "1.02"),
            Map.entry("bankruptcy or receivership", "1.03"),
            Map.entry("mine safety reporting of shutdowns and patterns of violations", "1.04"),
            Map.entry("material cybersecurity incidents", "1.05"),
            Map.entry("completion of acquisition or disposition of assets", "2.01"),
            Map.entry("results of operations and financial condition", "2.02"),
            Map.entry("creation of a direct financial obligation or an obligation under an off balance sheet arrangement of a registrant", "2.03"),
            Map.entry("triggering events that accelerate or increase a direct financial obligation or an obligation under an off balance sheet arrangement", "2.04"),
            Map.entry("cost associated with exit or disposal activities", "2.05"),
            Map.entry("costs associated with exit or disposal activities", "2.05"),
            Map.entry("material impairments", "2.06"),
            Map.entry("notice of delisting or failure to satisfy a continued listing rule or standard transfer of listing", "3.01"),
            Map.entry("unregistered sales of equity securities", "3.02"),
            Map.entry("material modifications to rights of security holders", "3.03"),
            Map.entry("changes in registrant s certifying accountant", "4.01"),
            Map.entry("non reliance on previously issued financial statements or a related audit report or completed interim review", "4.02"),
            Map.entry("changes in control of registrant", "5.01"),
            Map.entry("departure of directors or principal officers election of directors appointment of principal officers", "5.02"),
            Map.entry("departure of directors or certain officers election of directors appointment of certain officers compensatory arrangements of certain officers", "5.02"),
            Map.entry("amendments to articles of incorporation or bylaws change in fiscal year", "5.03"),
            Map.entry("temporary suspension of trading under registrant s employee benefit plans", "5.04"),
            Map.entry("amendments to the registrant s code of ethics or waiver of a provision of the code of ethics", "5.05"),
            Map.entry("change in shell company status", "5.06"),
            Map.entry("submission of matters to a vote of security holders", "5.07"),
            Map.entry("shareholder director nominations", "5.08"),
            Map.entry("regulation fd disclosure", "7.01"),
            Map.entry("other events", "8.01"),
            Map.entry("financial statements and exhibits", "9.01"),
            // Captions of the pre-2004 form.
            Map.entry("acquisition or disposition of assets", "2.01"),
            Map.entry("bankruptcy or receivership old", "1.03"),
            Map.entry("changes in registrant s certifying accountants", "4.01"),
            Map.entry("resignations of registrant s directors", "5.02"),
            Map.entry("change in fiscal year", "5.03"));

    private ItemCodes() {}

    /** The item number for a header line's value, or null when the caption is blank or unknown. */
    public static String of(String caption) {
        if (caption == null) return null;
        String s = caption.strip();
        if (s.isEmpty()) return null;
        Matcher m = NUMBER.matcher(s);
        if (m.find()) return m.group(1);
        return CAPTIONS.get(fold(s));
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
