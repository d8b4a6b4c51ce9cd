package sixk.event;

import sixk.entity.MoneyAmount;
import sixk.entity.PersonName;
import sixk.entity.Titles;
import sixk.record.Entity;
import sixk.record.Span;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts EVENTS.md lists for a type from the sentences that told the event. Each fact
 * comes from words of those sentences (or the entities found in them); a fact they do not state
 * is left out, never guessed.
 */
final class EventFacts {
    private static final Pattern REVENUE = Pattern.compile("(?i)(?<![\\p{L}])(?:revenues?|net sales|sales|turnover|total income)(?![\\p{L}])");
    private static final Pattern PER_SHARE = Pattern.compile("(?i)^\\s?(?:per|a|for each)\\s(?:ordinary\\s|common\\s|class [AB]\\s)?(?:share|ADS|ADR|unit)");
    /** A price per security after a sum: "$6.00 per trust unit", "$0.001 per share", "$4.25 per unit". */
    private static final Pattern PER_UNIT = Pattern.compile("(?i)^\\s?(?:per|a|for each)\\s(?:[\\w-]+\\s){0,2}?(?:shares?|ADSs?|ADRs?|units?|warrants?|notes?)\\b");
    private static final Pattern RECEIVED = Pattern.compile("(?i)\\b(?:receiv|receipt)");
    private static final Pattern PAID = Pattern.compile("(?i)\\b(?:paid|pay|pays|paying)\\b");
    private static final Pattern EARNED = Pattern.compile("(?i)\\b(?:earn|achiev|trigger)");
    private static final Pattern ELIGIBLE = Pattern.compile("(?i)\\b(?:eligible|potential|up to|could receive|may receive)\\b");
    private static final Pattern APPOINTED = Pattern.compile("(?i)\\b(?:appoint|nam(?:e|es|ed|ing)\\b|elect|promot|hire|hiring|join|succeed|replac|nominat|new\\s|incoming|interim)");
    private static final Pattern DEPARTED = Pattern.compile("(?i)\\b(?:resign|retire|step(?:s|ped)? down|depart|leav(?:e|es|ing)|left|termination of|(?:was|were|been) terminated)");
    private static final Pattern UP = Pattern.compile("(?i)\\b(?:rais|increas|upgrad|higher|improv)");
    private static final Pattern DOWN = Pattern.compile("(?i)\\b(?:lower|reduc|cut|downgrad|decreas|below)");
    private static final Pattern MAINTAINED = Pattern.compile("(?i)\\b(?:reaffirm|confirm|maintain|reiterat|unchanged|on track)");
    private static final Pattern POSITIVE = Pattern.compile("(?i)\\b(?:positive|profitab|growth|grow)");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)\\b(?:negative|loss|decline)");
    private static final Pattern AGREEMENT_KIND = Pattern.compile(
            "(?i)\\b(licen[sc]e|licensing|collaboration|supply|distribution|credit|loan|merger|purchase|joint venture|cooperation|development|option|subscription|investment|partnership|services?)\\s(?:and\\s\\w+\\s)?(?:agreement|contract)");
    private static final Pattern REGULATOR = Pattern.compile(
            "\\b(FDA|EMEA|EMA|European Commission|Health Canada|SFDA|PMDA|MHRA|CHMP|TGA|Federal Trade Commission|FCC|SEC|Ministry of [A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)?)\\b");
    private static final Pattern PHASE = Pattern.compile("(?i)\\bphase\\s(I{1,3}|[1-3])([ab])?\\b");
    private static final Pattern EXCHANGE = Pattern.compile("\\b(NASDAQ|Nasdaq|NYSE|New York Stock Exchange|TSX|Toronto Stock Exchange|London Stock Exchange|LSE|Euronext|AMEX|Hong Kong Stock Exchange)\\b");
    private static final Pattern KIND_EXTRA = Pattern.compile("(?i)\\b(?:extraordinary|special)\\b");
    private static final Pattern KIND_ANNUAL = Pattern.compile("(?i)\\b(?:annual|AGM)\\b");
    private static final Pattern SPLIT_RATIO = Pattern.compile("(?i)\\b(\\d{1,3})[- ](?:for|to)[- ](\\d{1,3})\\b|\\b(\\d{1,3}):(\\d{1,3})\\b");
    private static final Pattern INSTRUMENT = Pattern.compile(
            "(?i)\\b(private placement|public offering|rights (?:offering|issue)|bought deal|convertible (?:notes|bonds|debentures)|senior (?:secured\\s)?notes|notes|bonds|debentures|credit facility|loan facility|term loan|revolving (?:credit\\s)?facility|capital increase|commercial paper)\\b");

    private static final Pattern YEAR_OF_RESULTS = Pattern.compile(
            "(?i)\\b((?:19|20)\\d{2})(?:\\s(?:annual|full[- ]year|fiscal|interim|preliminary))?\\s(?:net\\s|pre-tax\\s|operating\\s)?(?:results|profits?|earnings|revenues?|net sales)\\b");

    private static final Pattern YEAR_GUIDED = Pattern.compile(
            "(?i)\\b(?:for|in|of)\\s(?:the\\s)?(?:full[- ]year\\s|fiscal\\s(?:year\\s)?|financial\\syear\\s|year\\s)?((?:19|20)\\d{2})\\b(?![-/]\\d)");

    private EventFacts() {}

    /** The told sentences with those in a headline first: a headline names the period it reports on. */
    private static List<Span> headlineFirst(List<Span> told, List<Span> headlines) {
        List<Span> out = new java.util.ArrayList<>();
        for (Span s : told) for (Span h : headlines) if (s.start() < h.end() && h.start() < s.end()) { out.add(s); break; }
        for (Span s : told) if (!out.contains(s)) out.add(s);
        return out;
    }

    /** The facts of {@code type} read in the sentences {@code told} (best first) of document text. */
    static Map<String, Object> read(EventType type, String text, List<Span> told, List<Entity> entities, String self) {
        return read(type, text, told, List.of(), entities, self, List.of());
    }

    /**
     * The same, with the spans of the cue phrases that told the event ({@code cues}, best first): an
     * amount a cue phrase names ("raised $5 million", "cash position … at EUR 84.4m") is the event's.
     */
    static Map<String, Object> read(EventType type, String text, List<Span> told, List<Span> cues, List<Entity> entities, String self,
                                    List<Span> headlines) {
        Map<String, Object> f = new LinkedHashMap<>();
        switch (type) {
            case RESULTS_OF_OPERATIONS -> {
                put(f, "period", resultsPeriod(text, headlineFirst(told, headlines), entities));
                // "Abbey's 2008 profits up …": a year printed with the results is their period.
                if (!f.containsKey("period")) put(f, "period", match(YEAR_OF_RESULTS, text, told));
                put(f, "amount", revenue(text, told, entities, (String) f.get("period")));
            }
            case GUIDANCE -> {
                put(f, "period", period(told, entities));
                // "reiterates its guidance for 2009": a year the guidance is for.
                if (!f.containsKey("period")) put(f, "period", match(YEAR_GUIDED, text, told));
                Span s = told.get(0);
                put(f, "metric", FactKinds.METRICS.earliest(text, s));
                put(f, "direction", direction(s.of(text)));
                List<MoneyAmount> ms = money(s, entities);
                if (ms.size() == 1 && ms.get(0).high() != null) {
                    f.put("low", ms.get(0).value());
                    f.put("high", ms.get(0).high());
                    f.put("currency", ms.get(0).currency());
                }
            }
            case MILESTONE_PAYMENT -> {
                put(f, "amount", amount(told, cues, entities));
                String s = told.get(0).of(text);
                put(f, "direction", ELIGIBLE.matcher(s).find() ? "eligible" : RECEIVED.matcher(s).find() ? "received"
                        : PAID.matcher(s).find() ? "paid" : EARNED.matcher(s).find() ? "earned" : null);
                put(f, "counterparty", counterparty(text, told, self));
                put(f, "agreement", agreementKind(text, told));
            }
            case MATERIAL_AGREEMENT -> {
                put(f, "agreement_type", agreementKind(text, told));
                put(f, "counterparty", counterparty(text, told, self));
                put(f, "amount", total(text, told, cues, entities));
                put(f, "date", first(told, entities, "date"));
            }
            case AGREEMENT_TERMINATION -> {
                put(f, "agreement_type", agreementKind(text, told));
                put(f, "counterparty", counterparty(text, told, self));
            }
            case ACQUISITION_DISPOSITION -> {
                put(f, "role", dealRole(text, told, self));
                put(f, "counterparty", counterparty(text, told, self));
                put(f, "amount", total(text, told, cues, entities));
            }
            case LITIGATION -> {
                put(f, "counterparty", counterparty(text, told, self));
                put(f, "amount", total(text, told, cues, entities));
            }
            case FINANCING -> {
                put(f, "instrument", match(INSTRUMENT, text, told));
                put(f, "amount", total(text, told, cues, entities));
                put(f, "counterparty", counterparty(text, told, self));
            }
            case CASH_POSITION -> {
                put(f, "amount", amount(told, cues, entities));
                put(f, "as_of", dateAfter(AS_OF, text, told, entities));
            }
            case DIVIDEND -> {
                put(f, "amount", perShare(text, told, entities));
                String s = told.get(0).of(text).toLowerCase(Locale.ROOT);
                put(f, "kind", s.contains("special") ? "special" : s.contains("suspen") ? "suspension"
                        : s.contains("increase") ? "increase" : s.contains("reduc") || s.contains("cut") ? "cut" : null);
                // The dates follow the declaration, often in the next sentence: "… payable on March 16, 2009 to
                // Unitholders of record at the close of business on February 27, 2009."
                put(f, "record_date", dateNear(RECORD_DATE, text, told, entities));
                put(f, "payment_date", dateNear(PAYMENT_DATE, text, told, entities));
            }
            case SHARE_BUYBACK -> {
                put(f, "amount", total(text, told, cues, entities));
                put(f, "shares", shares(text, told));
            }
            case STOCK_SPLIT -> put(f, "ratio", ratio(text, told));
            case MANAGEMENT_CHANGE -> {
                Span s = told.get(0);
                put(f, "person", person(text, s, entities));
                Matcher t = Titles.PATTERN.matcher(text).region(s.start(), s.end());
                put(f, "role", t.find() ? t.group(1).replaceAll("[.,;:]+$", "") : null);
                // Neither said (a sentence the classifier chose, naming a role only): the change is not guessed.
                put(f, "change", DEPARTED.matcher(s.of(text)).find() ? "departed" : APPOINTED.matcher(s.of(text)).find() ? "appointed" : null);
            }
            case SHAREHOLDER_MEETING -> {
                put(f, "date", first(told, entities, "date"));
                String s = told.get(0).of(text);
                put(f, "kind", KIND_EXTRA.matcher(s).find() ? "extraordinary" : KIND_ANNUAL.matcher(s).find() ? "annual" : null);
            }
            case REGULATORY -> {
                put(f, "regulator", match(REGULATOR, text, told));
                put(f, "decision", FactKinds.DECISIONS.first(text, told));
                put(f, "product", product(told, entities));
            }
            case GOVERNING_DOCUMENTS -> put(f, "what", FactKinds.DOCUMENTS.first(text, told));
            case CLINICAL_TRIAL -> {
                Matcher p = PHASE.matcher(told.get(0).of(text));
                put(f, "phase", p.find() ? p.group(1) + (p.group(2) == null ? "" : p.group(2)) : null);
                put(f, "product", product(told, entities));
            }
            // A product's partner is not read: the capitalized name after "with" is as often a place or a market as a partner.
            case PRODUCT -> put(f, "product", product(told, entities));
            case LISTING -> {
                put(f, "exchange", match(EXCHANGE, text, told));
                put(f, "change", FactKinds.LISTING_CHANGES.first(text, told));
            }
            case INVESTOR_PRESENTATION, CYBERSECURITY_INCIDENT -> put(f, "date", first(told, entities, "date"));
            default -> { }
        }
        return f;
    }

    /** A deal's verb: group 1 the filer is bought, group 2 it sells, group 3 it buys. */
    private static final Pattern DEAL_VERB = Pattern.compile("(?i)\\b(?:(to be acquired|will be acquired|has been acquired|was acquired|acquired by)"
            + "|(sells?|sold|selling|to sell|divest(?:s|ed|ing)?|dispose[sd]? of|disposal of|sale of)"
            + "|(acquires?|acquired|acquiring|to acquire|acquisition of|purchases?|purchased|to purchase|takes? delivery of|took delivery of|buys?|bought))\\b");
    /** How far before its verb a deal's subject is looked for. */
    private static final int SUBJECT_REACH = 120;

    /**
     * The filer's part in an acquisition or disposal — acquirer, seller or target — when a telling
     * sentence makes the filer (its name, "the Company", "we") the subject of the deal's verb:
     * "Aegean Marine Petroleum Network Inc. Acquires Double-Hull Bunkering Tanker". When another party
     * is the subject ("Dassault Aviation completes the acquisition of Alcatel-Lucent's stakes") the
     * filer's part is not said, and none is given.
     */
    static String dealRole(String text, List<Span> told, String self) {
        if (self == null || self.isBlank()) return null;
        Pattern subject = null;
        for (Span s : told) {
            Matcher m = DEAL_VERB.matcher(text).region(s.start(), s.end());
            if (!m.find()) continue;
            // Made only when a deal verb is found: most deal events have none in their sentences.
            if (subject == null) {
                String name = self.strip().split("[\\s,]+", 2)[0];
                subject = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:" + Pattern.quote(name) + "|the company|we)(?![\\p{L}\\d])");
            }
            if (!subject.matcher(text).region(Math.max(s.start(), m.start() - SUBJECT_REACH), m.start()).find()) continue;
            return m.group(1) != null ? "target" : m.group(2) != null ? "seller" : "acquirer";
        }
        return null;
    }

    /** Words that put a dividend's record date right after them: "of record at the close of business on", "Record date:". */
    private static final Pattern RECORD_DATE = lines(
            "(?i)(?:of record|record date)(?: (?:at|as at|as of|on) (?:the )?close of (?:business|trading))?(?: (?:on|as of|as at|of|is|will be))?[\\s:,]*$");
    /** Words that put a dividend's payment date right after them: "payable on", "to be paid on", "Payment date:". */
    private static final Pattern PAYMENT_DATE = lines("(?i)(?:payable|paid|payment date|pay date)(?: (?:on|on or about|on or after|as of|is|will be))?[\\s:,]*$");
    /** Words that date a cash position: "as of March 31, 2010", "as reported at September 30, 2008". */
    private static final Pattern AS_OF = lines("(?i)\\b(?:as of|as at|at|on) (?:the (?:end|close) of )?$");

    /** A pattern whose spaces may be any run of white space: a sentence wraps anywhere ("Unitholders of⏎record …"). */
    private static Pattern lines(String regex) { return Pattern.compile(regex.replace(" ", "\\s+")); }
    /** How far past the first telling sentence a dividend's dates are looked for. */
    private static final int DATE_REACH = 2000;

    /** The first date of the telling sentences that {@code before} leads up to, or null. */
    private static Object dateAfter(Pattern before, String text, List<Span> told, List<Entity> entities) {
        for (Span s : told) {
            for (Entity e : entities) {
                if (e.kind().equals("date") && inside(e.span(), s) && ledUp(before, text, s.start(), e.span().start())) return e.value();
            }
        }
        return null;
    }

    /** The first date from the earliest telling sentence on (within {@link #DATE_REACH}) that {@code before} leads up to, or null. */
    private static Object dateNear(Pattern before, String text, List<Span> told, List<Entity> entities) {
        int from = Integer.MAX_VALUE;
        for (Span s : told) from = Math.min(from, s.start());
        int to = Math.min(text.length(), from + DATE_REACH);
        Entity best = null;
        for (Entity e : entities) {
            int at = e.span().start();
            if (!e.kind().equals("date") || at < from || at >= to || best != null && at >= best.span().start()) continue;
            if (ledUp(before, text, from, at)) best = e;
        }
        return best == null ? null : best.value();
    }

    /** Whether the words just before {@code at} (at most {@link #LEAD} characters, none before {@code from}) lead up to it. */
    private static boolean ledUp(Pattern before, String text, int from, int at) {
        return before.matcher(text).region(Math.max(from, at - LEAD), at).find();
    }

    private static final int LEAD = 80;

    private static void put(Map<String, Object> f, String key, Object value) { if (value != null) f.put(key, value); }

    private static List<MoneyAmount> money(Span s, List<Entity> entities) {
        return entities.stream().filter(e -> e.kind().equals("money") && inside(e.span(), s)).map(e -> (MoneyAmount) e.value()).toList();
    }

    /**
     * The amount of an event: the one its cue phrase names, else the first of its sentences. A
     * sentence often carries other sums ("after paying a EUR 8m dividend, cash stood at EUR 84m");
     * the cue's own is the one that tells the event.
     */
    private static MoneyAmount amount(List<Span> told, List<Span> cues, List<Entity> entities) {
        return amount(told, cues, entities, e -> true);
    }

    /** The same, among the sums {@code eligible} admits. */
    private static MoneyAmount amount(List<Span> told, List<Span> cues, List<Entity> entities, java.util.function.Predicate<Entity> eligible) {
        for (Span c : cues) {
            for (Entity e : entities) {
                if (e.kind().equals("money") && e.span().start() < c.end() && c.start() < e.span().end() && eligible.test(e)) return (MoneyAmount) e.value();
            }
        }
        for (Span s : told) {
            for (Entity e : entities) {
                if (e.kind().equals("money") && inside(e.span(), s) && eligible.test(e)) return (MoneyAmount) e.value();
            }
        }
        return null;
    }

    /**
     * The sum of a deal (a financing, an acquisition, an agreement, a buyback): as {@link #amount},
     * passing over a price per share or unit ("17,000,000 trust units at a price of $6.00 per trust
     * unit for gross proceeds of $102 million"; "$11.50 per share in cash, reflecting a value of $160
     * million").
     */
    private static MoneyAmount total(String text, List<Span> told, List<Span> cues, List<Entity> entities) {
        return amount(told, cues, entities, e -> !perUnit(text, e));
    }

    private static boolean perUnit(String text, Entity money) {
        int end = money.span().end();
        return PER_UNIT.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt();
    }

    /** The most characters of a document searched for the revenue figure when the told sentences lack it. */
    private static final int REVENUE_WINDOW = 40_000;

    /**
     * The amount right after a revenue word on the same line or sentence: "revenue of €102.9 million",
     * "Revenues⏎102.9" in a table captioned "EUR million". The sentences that told the results come
     * first, then the document's lines from the top.
     */
    private static MoneyAmount revenue(String text, List<Span> told, List<Entity> entities, String period) {
        List<Span> where = new java.util.ArrayList<>(told);
        int limit = Math.min(text.length(), REVENUE_WINDOW);
        for (int p = 0; p < limit; ) {
            int nl = text.indexOf('\n', p);
            if (nl < 0 || nl > limit) nl = limit;
            if (nl > p) where.add(new Span(p, nl));
            p = nl + 1;
        }
        Matcher r = REVENUE.matcher(text);
        sixk.text.StartChars first = sixk.text.StartChars.of(REVENUE);
        for (Span s : where) {
            // find() over the span, tried only where a revenue word can open: its first two characters, and no letter
            // before it (the pattern's lookbehind, which sees nothing before the span: opaque bounds).
            for (int i = s.start(); i < s.end(); i++) {
                if (i > s.start() && Character.isLetter(Character.codePointBefore(text, i)) || !first.admits(text, i, s.end())) continue;
                if (!r.region(i, s.end()).lookingAt()) continue;
                i = r.end() - 1;
                if (!totalRevenue(text, r.start())) continue;
                for (Entity e : entities) {
                    if (!e.kind().equals("money") || !inside(e.span(), s) || e.span().start() < r.end()) continue;
                    if (e.span().start() - r.end() > 80) break;
                    if (change(text, e.span().start())) continue;
                    MoneyAmount inColumn = periodCell(text, e.span().start(), period, entities);
                    return inColumn != null ? inColumn : (MoneyAmount) e.value();
                }
            }
        }
        return null;
    }

    /**
     * In a table row, the figure in the column its headers give to the results' period ("Year
     * ended" 2008 rather than the quarter printed first), or null when the row is not in a table or
     * its headers do not tell.
     */
    private static MoneyAmount periodCell(String text, int at, String period, List<Entity> entities) {
        int rowStart = text.lastIndexOf('\n', at - 1) + 1;
        int column = PeriodColumn.of(text, rowStart, period);
        if (column <= 0) return null;
        int[] cell = PeriodColumn.cellSpan(text, rowStart, column);
        if (cell == null) return null;
        for (Entity e : entities) {
            if (e.kind().equals("money") && e.span().start() >= cell[0] && e.span().end() <= cell[1]) return (MoneyAmount) e.value();
        }
        return null;
    }

    /** Words that may stand before a revenue word that still names the whole period's revenue. */
    private static final java.util.Set<String> TOTAL_MODIFIERS = java.util.Set.of(
            "total", "net", "gross", "group", "consolidated", "combined", "overall", "global", "worldwide", "reported", "record",
            "quarterly", "quarter", "annual", "year", "full-year", "half-year", "half", "monthly", "month", "period", "interim",
            "unaudited", "audited", "operating", "first", "second", "third", "fourth", "the", "its", "our", "their", "of", "in",
            "and", "with", "whose", "that", "which", "as", "to", "from", "for", "on", "while", "were", "was");

    /**
     * Whether the revenue word at {@code at} names the period's total: not when a noun narrows it
     * ("investment sales", "product revenue", "cross-sales": a line of business), nor in a ratio
     * ("9% of sales", "15 percent of revenues").
     */
    static boolean totalRevenue(String text, int at) {
        if (at > 0 && text.charAt(at - 1) == '-') return false;
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || "-'\u2019".indexOf(text.charAt(start - 1)) >= 0)) start--;
        if (start == end) return true;
        String word = text.substring(start, end);
        if (word.equals("of")) {
            int k = start;
            while (k > 0 && text.charAt(k - 1) == ' ') k--;
            return !(k > 0 && text.charAt(k - 1) == '%') && !text.regionMatches(true, Math.max(0, k - 7), "percent", 0, 7);
        }
        // "the company's revenue": an owner, not a kind of revenue.
        if (word.endsWith("'s") || word.endsWith("\u2019s")) return true;
        // Table rows capitalize: "Net Sales" is the total, "Investment sales" and "Other operating income" are not.
        return TOTAL_MODIFIERS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "increased by EUR 714 million": an amount after "by" is a change, not the revenue itself. */
    static boolean change(String text, int amountStart) {
        int k = amountStart;
        while (k > 0 && text.charAt(k - 1) == ' ') k--;
        return k >= 2 && text.regionMatches(true, k - 2, "by", 0, 2) && (k == 2 || !Character.isLetter(text.charAt(k - 3)));
    }

    private static MoneyAmount perShare(String text, List<Span> told, List<Entity> entities) {
        for (Span s : told) {
            for (Entity e : entities) {
                if (!e.kind().equals("money") || !inside(e.span(), s)) continue;
                int end = e.span().end();
                if (PER_SHARE.matcher(text).region(end, Math.min(s.end(), end + 30)).lookingAt()) return (MoneyAmount) e.value();
            }
        }
        return null;
    }

    private static String period(List<Span> told, List<Entity> entities) {
        Object p = first(told, entities, "period");
        return p == null ? null : p.toString();
    }

    /**
     * The period results are for: the first one the telling sentences name, passing over the period
     * they are compared with ("net earnings for the fourth quarter of $124-million, compared with
     * $172-million in the fourth quarter of 2007" names no period of its own).
     */
    private static String resultsPeriod(String text, List<Span> told, List<Entity> entities) {
        for (Span s : told) {
            for (Entity e : entities) {
                if (!e.kind().equals("period") || !inside(e.span(), s)) continue;
                if (COMPARED.matcher(text).region(Math.max(s.start(), e.span().start() - 90), e.span().start()).find()) continue;
                return e.value().toString();
            }
        }
        return null;
    }

    /** Words that introduce the period results are compared with, in the clause before it. */
    private static final Pattern COMPARED = Pattern.compile(
            "(?i)\\b(?:compared (?:with|to)|versus|vs\\.?|as against|relative to)\\b[^;]*$");

    private static Object first(List<Span> told, List<Entity> entities, String kind) {
        for (Span s : told) for (Entity e : entities) if (e.kind().equals(kind) && inside(e.span(), s)) return e.value();
        return null;
    }

    private static String counterparty(String text, List<Span> told, String self) {
        for (Span s : told) {
            String c = Counterparty.find(text, s.start(), s.end(), self);
            if (c != null) return c;
        }
        return null;
    }

    private static String agreementKind(String text, List<Span> told) {
        String m = match(AGREEMENT_KIND, text, told);
        return m == null ? null : m.toLowerCase(Locale.ROOT).replace("licence", "license").replace("licensing", "license");
    }

    /** The product a telling sentence names as the filing marks it: a product or trademark entity ("AcrySof® Toric" → AcrySof). */
    private static Object product(List<Span> told, List<Entity> entities) {
        Object p = first(told, entities, "product");
        return p != null ? p : first(told, entities, "trademark");
    }

    /** A number of shares a buyback names: "up to 5,000,000 of its common shares", "2.5 million shares". */
    private static final Pattern SHARES = Pattern.compile(
            "(?i)(?<![\\d.,$€£])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s(?:million|billion))\\s(?:of\\s(?:its|the company's|our)\\s)?(?:outstanding\\s)?(?:ordinary\\s|common\\s|class [AB]\\s)?(?:shares|ADSs|units)\\b");

    private static Long shares(String text, List<Span> told) {
        for (Span s : told) {
            Matcher m = SHARES.matcher(text).region(s.start(), s.end());
            if (!m.find()) continue;
            String n = m.group(1).toLowerCase(Locale.ROOT);
            double scale = n.endsWith("billion") ? 1e9 : n.endsWith("million") ? 1e6 : 1;
            double v = Double.parseDouble(n.replaceAll("[^\\d.]", "").replaceAll("\\.$", ""));
            return Math.round(v * scale);
        }
        return null;
    }

    private static String match(Pattern p, String text, List<Span> told) {
        for (Span s : told) {
            Matcher m = p.matcher(text).region(s.start(), s.end());
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static String ratio(String text, List<Span> told) {
        for (Span s : told) {
            Matcher m = SPLIT_RATIO.matcher(text).region(s.start(), s.end());
            if (m.find()) return m.group(1) != null ? m.group(1) + ":" + m.group(2) : m.group(3) + ":" + m.group(4);
        }
        return null;
    }

    private static String person(String text, Span s, List<Entity> entities) {
        for (Entity e : entities) {
            if (e.kind().equals("person") && inside(e.span(), s) && e.value() instanceof Map<?, ?> v) return (String) v.get("name");
        }
        Matcher m = PersonName.PATTERN.matcher(text).region(s.start(), s.end());
        while (m.find()) if (PersonName.plausible(m.group(2))) return m.group(2);
        return null;
    }

    private static String direction(String s) {
        if (UP.matcher(s).find()) return "up";
        if (DOWN.matcher(s).find()) return "down";
        if (MAINTAINED.matcher(s).find()) return "maintained";
        if (NEGATIVE.matcher(s).find()) return "negative";
        if (POSITIVE.matcher(s).find()) return "positive";
        return null;
    }

    static boolean inside(Span e, Span s) { return e.start() >= s.start() && e.end() <= s.end(); }
}
