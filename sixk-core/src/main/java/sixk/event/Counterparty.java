package sixk.event;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other party named in an event sentence: the run of capitalized words after "from", "with",
 * "by", "to", "between … and" ("a $4 million payment from Servier Monde"), legal forms included
 * ("CF Industries Holdings, Inc."). The filer's own name is never its own counterparty.
 */
final class Counterparty {
    private static final Pattern AFTER = Pattern.compile("(?<![\\p{L}])(?:from|with|by|to|and|between|of|acquire|acquired|acquires)\\s(?:the\\s)?(?=\\p{Lu})");
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\d&'’.-]*|&|de|du|des|of|la|le|van|der|y|e|[IVX]{1,4})";
    /** Names run along one line: a line break ends them ("… Trinidad and Tobago⏎PIRAEUS, Greece"). */
    private static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}\\d&'’.-]*(?:[ \\t]" + WORD + "){0,7}(?:,?[ \\t](?:Inc\\.?|Ltd\\.?|LLC|L\\.P\\.|plc|S\\.A\\.|AG|N\\.V\\.|Co\\.,\\sLtd\\.?|Corp\\.?|Limited|GmbH|SE))?");
    private static final Set<String> NOT_PARTIES = Set.of("the", "company", "group", "board", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "q1", "q2", "q3", "q4", "nasdaq", "nyse", "tsx",
            "form", "exhibit", "item", "section", "chief", "president", "chairman", "director", "shareholders", "us", "u.s.", "canada",
            "europe", "china", "fiscal", "first", "second", "third", "fourth", "phase", "new", "mr.", "ms.", "dr.", "i",
            // A rule the deal relies on is no party to it: "in reliance on … Rule 506 of Regulation D".
            "regulation", "regulations", "rule", "rules", "article", "articles", "schedule", "annex", "appendix", "clause", "paragraph", "chapter");

    private Counterparty() {}

    /** The first party named in text[from, to) that is not {@code self}, or null. */
    static String find(String text, int from, int to, String self) {
        Matcher a = AFTER.matcher(text).region(from, to);
        while (a.find()) {
            Matcher r = RUN.matcher(text).region(a.end(), to);
            if (!r.lookingAt()) continue;
            String run = r.group().replaceAll("[\\s,.]+$", "").replaceAll("(?:\\s(?:of|de|du|des|la|le|y|e|&))+$", "");
            if (run.endsWith(" Inc") || run.endsWith(" Ltd") || run.endsWith(" Corp") || run.endsWith(" Co")) run += ".";
            run = withoutPlacePossessive(run);
            String first = run.split("\\s", 2)[0].toLowerCase(Locale.ROOT);
            if (NOT_PARTIES.contains(first) || run.length() < 3) continue;
            if (self != null && sameParty(run, self)) continue;
            if (!looksLikeParty(run, text)) continue;
            return run;
        }
        return null;
    }

    private static final Pattern LEGAL_FORM = Pattern.compile("(?:Inc\\.?|Ltd\\.?|LLC|L\\.P\\.|plc|S\\.A\\.|AG|N\\.V\\.|Corp\\.?|Limited|GmbH|SE|Fund|Group|Holdings|Bank)$");
    private static final Set<String> PLACES = Set.of("germany", "france", "china", "japan", "canada", "israel", "switzerland", "netherlands",
            "united kingdom", "united states", "europe", "asia", "africa", "india", "brazil", "texas", "california", "new york", "london",
            "paris", "beijing", "shanghai", "hong kong", "tokyo", "toronto", "government", "eur", "usd", "rmb", "gbp", "chf", "cad");

    /**
     * Whether a run names a party: a legal form, or two capitalized words or more, or one word that
     * opens an organization's name elsewhere in the text; not a place, currency or possessive.
     */
    private static boolean looksLikeParty(String run, String text) {
        String lower = run.toLowerCase(Locale.ROOT);
        if (isPlace(run) || run.endsWith("'s") || run.endsWith("’s") || run.equals(run.toUpperCase(Locale.ROOT)) && run.length() <= 4) return false;
        if (LEGAL_FORM.matcher(run).find()) return true;
        String[] words = run.split("\\s+");
        // "Securities Purchase Agreement", "Partial Takeover Offer", "Effective Date", "Securities Act", "Common
        // Stock", "Registration Statement", "Tel Aviv Stock Exchange": the deal, its document, its terms, its
        // securities or where they trade, not a party to it.
        if (DEAL_NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return false;
        if (words.length >= 2) return !isPlace(words[words.length - 1]) || words.length > 2;
        return false;
    }

    private static final Set<String> DEAL_NOUNS = Set.of("agreement", "agreements", "offer", "transaction", "transactions", "plan",
            "program", "programme", "contract", "contracts", "merger", "acquisition", "placement", "arrangement", "memorandum", "letter",
            "facility", "loan", "notes", "bonds", "offering", "solicitation", "guaranty", "guarantee", "assets", "date", "act", "commission", "stock", "shares", "warrants",
            "debentures", "statement", "exchange");

    /**
     * A place: one of the words above, or a country, province or state ("Northwest Alberta" is where
     * assets lie). Two-letter codes are not taken: "AB" is a Swedish company's legal form as often as Alberta.
     */
    private static boolean isPlace(String word) {
        if (PLACES.contains(word.toLowerCase(Locale.ROOT))) return true;
        return word.length() >= 4 && (sixk.cover.Countries.country(word) != null || sixk.cover.Countries.isRegion(word));
    }

    /** "Thailand’s Biomass Electricity Co., Ltd.": a country's possessive says where the party is, not what it is called. */
    static String withoutPlacePossessive(String run) {
        int sp = run.indexOf(' ');
        if (sp < 3) return run;
        String first = run.substring(0, sp);
        if (!first.endsWith("'s") && !first.endsWith("\u2019s")) return run;
        String place = first.substring(0, first.length() - 2);
        return sixk.cover.Countries.country(place) != null || PLACES.contains(place.toLowerCase(Locale.ROOT)) ? run.substring(sp + 1) : run;
    }

    /** Whether two names share their first significant word ("Flamel" in "Flamel Technologies S.A."). */
    static boolean sameParty(String a, String b) {
        String x = a.split("[\\s,]", 2)[0].toLowerCase(Locale.ROOT), y = b.split("[\\s,]", 2)[0].toLowerCase(Locale.ROOT);
        return x.equals(y);
    }
}
