package sixk.entity;

import java.util.Locale;
import java.util.Map;

/** Printed currency marks and words to ISO 4217 codes: "$" alone is USD unless the text says otherwise. */
public final class Currencies {
    /** Symbols and codes printed before an amount; longest first so "US$" wins over "$". */
    static final String PREFIX = "US\\$|U\\.S\\.\\s?\\$|USD|C\\$|CDN\\$|Cdn\\$|CAD|A\\$|AU\\$|AUD|HK\\$|HKD|NT\\$|NTD|TWD|S\\$|SGD|R\\$|NZ\\$|NZD"
            + "|\\$|€|EUR|Euro|£|GBP|Stg|¥|JPY|RMB|Rmb|CNY|CHF|SFr\\.?|SEK|NOK|DKK|INR|Rs\\.?|ZAR|KRW|₩|MXN|BRL|ILS|NIS|RUB|Ps\\.?";

    /** Words and codes printed after an amount ("12,5 millions d'euros" is not read; "12.5 million euros" is). */
    static final String SUFFIX = "(?:US|U\\.S\\.|Canadian|Australian|Hong Kong|Singapore|New Taiwan|NT|New Zealand)\\s(?:dollars?)"
            + "|dollars?|euros?|Euros?|EUR|USD|CAD|GBP|CHF|JPY|CNY|HKD|TWD|SEK|NOK|DKK|RMB|Rmb|pounds sterling|pounds?"
            + "|yen|Yen|Swiss francs|francs|kronor|kroner|krone|yuan|renminbi|Renminbi|rupees|won|pesos|reais|rand|roubles|rubles";

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("us$", "USD"), Map.entry("u.s.$", "USD"), Map.entry("u.s. $", "USD"), Map.entry("usd", "USD"), Map.entry("$", "USD"),
            Map.entry("c$", "CAD"), Map.entry("cdn$", "CAD"), Map.entry("cad", "CAD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"),
            Map.entry("aud", "AUD"), Map.entry("hk$", "HKD"), Map.entry("hkd", "HKD"), Map.entry("nt$", "TWD"), Map.entry("ntd", "TWD"),
            Map.entry("twd", "TWD"), Map.entry("s$", "SGD"), Map.entry("sgd", "SGD"), Map.entry("r$", "BRL"), Map.entry("nz$", "NZD"),
            Map.entry("nzd", "NZD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("stg", "GBP"), Map.entry("¥", "JPY"), Map.entry("jpy", "JPY"),
            Map.entry("yen", "JPY"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("chf", "CHF"), Map.entry("sfr", "CHF"), Map.entry("sfr.", "CHF"), Map.entry("swiss francs", "CHF"),
            Map.entry("sek", "SEK"), Map.entry("kronor", "SEK"), Map.entry("nok", "NOK"), Map.entry("kroner", "NOK"), Map.entry("krone", "DKK"),
            Map.entry("dkk", "DKK"), Map.entry("inr", "INR"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"), Map.entry("rupees", "INR"),
            Map.entry("zar", "ZAR"), Map.entry("rand", "ZAR"), Map.entry("krw", "KRW"), Map.entry("₩", "KRW"), Map.entry("won", "KRW"),
            Map.entry("mxn", "MXN"), Map.entry("pesos", "MXN"), Map.entry("ps", "MXN"), Map.entry("ps.", "MXN"), Map.entry("brl", "BRL"),
            Map.entry("reais", "BRL"), Map.entry("ils", "ILS"), Map.entry("nis", "ILS"), Map.entry("rub", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("us dollars", "USD"),
            Map.entry("us dollar", "USD"), Map.entry("u.s. dollars", "USD"), Map.entry("u.s. dollar", "USD"),
            Map.entry("canadian dollars", "CAD"), Map.entry("canadian dollar", "CAD"), Map.entry("australian dollars", "AUD"),
            Map.entry("hong kong dollars", "HKD"), Map.entry("singapore dollars", "SGD"), Map.entry("new taiwan dollars", "TWD"),
            Map.entry("nt dollars", "TWD"), Map.entry("new zealand dollars", "NZD"), Map.entry("pounds", "GBP"), Map.entry("pound", "GBP"),
            Map.entry("pounds sterling", "GBP"), Map.entry("francs", "CHF"));

    private Currencies() {}

    /** The ISO code of a printed mark or word, or null. */
    public static String code(String printed) {
        return CODES.get(printed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
