package sixk.event;

import sixk.record.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts that name a kind ("delisted", "approved", "bylaws", "revenue"): rows of words and the value
 * they say, tried on the sentences that told an event. A sentence that says none of them gives
 * none; nothing is guessed.
 */
final class FactKinds {
    /** One row: the words, and the value they say. */
    private record Kind(Pattern words, String value) {
        static Kind of(String regex, String value) { return new Kind(Pattern.compile("(?i)\\b(?:" + regex + ")"), value); }
    }

    private final List<Kind> kinds;

    private FactKinds(Kind... kinds) { this.kinds = List.of(kinds); }

    static final FactKinds LISTING_CHANGES = new FactKinds(
            Kind.of("regain(?:s|ed)? compliance", "regained_compliance"),
            Kind.of("no longer compl|not in compliance|non-?compliance|deficiency|fail(?:s|ed)? to (?:meet|satisfy|comply)", "non_compliance"),
            Kind.of("transfer(?:s|red|ring)? (?:its\\s|the\\s)?(?:listing|shares|securities)|move(?:s|d)? (?:its\\s)?listing", "transferred"),
            Kind.of("delist|de-?registration|deregist|cease(?:s|d)? (?:to be )?(?:listed|trading)|withdraw(?:s|al|n)? (?:of|from) (?:its\\s)?listing", "delisted"),
            Kind.of("(?:begin|begins|began|commence[sd]?|start(?:s|ed)?) trading|admitted to (?:trading|listing)|(?:be|been|is|are|was|were) listed on|new listing", "listed"));
    static final FactKinds DOCUMENTS = new FactKinds(
            Kind.of("by-?laws", "bylaws"),
            Kind.of("(?:fiscal|financial) year", "fiscal_year"),
            Kind.of("articles of (?:association|incorporation)|statutes|memorandum of association|charter", "articles"));
    static final FactKinds DECISIONS = new FactKinds(
            Kind.of("reject|refus|complete response letter|not approvable|negative opinion", "rejected"),
            Kind.of("fine[sd]?\\b|penalt", "fined"),
            Kind.of("approv|positive opinion", "approved"),
            Kind.of("clear(?:s|ed|ance)", "cleared"),
            Kind.of("grant", "granted"),
            Kind.of("submi(?:t|ts|tted|ssion)|filed|filing|accepted for (?:filing|review)", "filed"));
    static final FactKinds METRICS = new FactKinds(
            Kind.of("earnings per share|EPS", "eps"),
            Kind.of("EBITDA", "ebitda"),
            Kind.of("EBIT\\b|operating (?:income|profit|margin)", "operating_income"),
            Kind.of("net (?:income|profit|earnings)", "net_income"),
            Kind.of("revenues?|net sales|sales|turnover", "revenue"),
            Kind.of("capital (?:expenditures?|budget|spending)|capex", "capex"),
            Kind.of("production", "production"),
            Kind.of("cash flow", "cash_flow"),
            Kind.of("margins?", "margin"));

    /** The value of the first row whose words a telling sentence has: rows come in order of precedence. */
    String first(String text, List<Span> told) {
        for (Kind k : kinds) {
            for (Span s : told) if (k.words().matcher(text).region(s.start(), s.end()).find()) return k.value();
        }
        return null;
    }

    /** The value of the row whose words come first in the sentence: the metric it leads with. */
    String earliest(String text, Span sentence) {
        String value = null;
        int at = Integer.MAX_VALUE;
        for (Kind k : kinds) {
            Matcher m = k.words().matcher(text).region(sentence.start(), sentence.end());
            if (m.find() && m.start() < at) { at = m.start(); value = k.value(); }
        }
        return value;
    }
}
