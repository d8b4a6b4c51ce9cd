package sixk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import sixk.record.FilingRecord;
import sixk.record.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores one record against one gold file with the rules of the gold README: text fields folded
 * ({@link TextFold}), months, dates and periods exact, signatures matched by name, stamps by date,
 * exhibits by number, press releases by headline, events by type per filing; a null in the gold
 * means "not stated", so a value there is wrong.
 */
public final class GoldScorer {
    /** Cover fields: gold key, and how to read the record's value from its cover. */
    private static final Map<String, Function<JsonNode, JsonNode>> COVER = new LinkedHashMap<>();
    private static final Set<String> NAME_FIELDS = Set.of("registrant_name");
    private static final Set<String> TEXT_FIELDS = Set.of("principal_office_city", "principal_office_country");
    /** Attachments are not exhibits (the gold lists only real exhibits). */
    private static final Set<String> ATTACHMENT_TYPES = Set.of("GRAPHIC", "ZIP", "XML", "JSON", "EXCEL", "PDF");
    private static final String[] EVENT_FACTS = {"amount", "counterparty", "person", "period"};
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile("^(?i)(?:dr|mr|mrs|ms|prof|sir|mme|m)\\.?\\s+");
    /** Two headlines are the same release when this share of their words is common. */
    private static final double SAME_HEADLINE = 0.5;

    static {
        COVER.put("registrant_name", c -> c.path("registrant_name"));
        COVER.put("report_month", c -> c.path("report_month"));
        COVER.put("commission_file_number", c -> c.path("commission_file_number"));
        COVER.put("annual_report_form", c -> c.path("annual_report_form"));
        COVER.put("principal_office_city", c -> c.path("principal_office").path("city"));
        COVER.put("principal_office_country", c -> c.path("principal_office").path("country"));
    }

    private GoldScorer() {}

    /** Declares every field, so that a report lists them all even before an extractor fills them. */
    public static void declareFields(Scoreboard board) {
        board.declare("form", false);
        for (String k : COVER.keySet()) board.declare("cover." + k, false);
        board.declare("signatures", true);
        board.declare("signatures.title", false);
        board.declare("signatures.date", false);
        board.declare("stamps", true);
        board.declare("stamps.by", false);
        board.declare("exhibits", true);
        board.declare("exhibits.press_release", false);
        board.declare("press_releases", true);
        board.declare("press_releases.headline", false);
        board.declare("press_releases.dateline_city", false);
        board.declare("press_releases.dateline_date", false);
        board.declare("press_releases.tickers", true);
        board.declare("press_releases.quote_speakers", true);
        board.declare("events", true);
        for (String f : EVENT_FACTS) board.declare("events." + f, false);
    }

    public static void score(JsonNode gold, FilingRecord record, String file, Scoreboard board) {
        JsonNode r = Json.MAPPER.valueToTree(record);
        score(gold, r, file, board);
    }

    /** Scores a record already turned into JSON (as {@code extract} prints it). */
    public static void score(JsonNode gold, JsonNode r, String file, Scoreboard board) {
        String form = text(gold.path("form"));
        String gotForm = text(r.path("form"));
        board.accuracy("form", form == null ? gotForm == null : gotForm != null && form.equalsIgnoreCase(gotForm), file, form, gotForm);
        cover(gold.path("cover"), r.path("cover"), file, board);
        signatures(gold.path("signatures"), r.path("signatures"), file, board);
        stamps(gold.path("stamps"), r.path("stamps"), file, board);
        exhibits(gold.path("exhibits"), r, file, board);
        pressReleases(gold.path("press_releases"), r.path("press_releases"), file, board);
        events(gold.path("events"), r.path("events"), file, board);
    }

    private static void cover(JsonNode gold, JsonNode cover, String file, Scoreboard board) {
        for (Map.Entry<String, Function<JsonNode, JsonNode>> e : COVER.entrySet()) {
            String k = e.getKey();
            String expected = text(gold.path(k));
            String got = text(e.getValue().apply(cover));
            boolean right;
            if (NAME_FIELDS.contains(k)) right = Objects.equals(TextFold.name(expected), TextFold.name(got));
            else if (TEXT_FIELDS.contains(k)) right = Objects.equals(TextFold.text(expected), TextFold.text(got));
            else right = Objects.equals(expected == null ? null : expected.strip(), got == null ? null : got.strip());
            board.accuracy("cover." + k, right, file, expected, got);
        }
    }

    private static void signatures(JsonNode gold, JsonNode got, String file, Scoreboard board) {
        List<JsonNode> g = list(gold), r = list(got);
        int[] pairs = match(g, r, (a, b) -> Objects.equals(TextFold.name(text(a.path("name"))), TextFold.name(text(b.path("name")))) ? 1 : 0, 1);
        for (int i = 0; i < g.size(); i++) {
            JsonNode a = g.get(i);
            if (pairs[i] < 0) {
                board.miss("signatures", file, text(a.path("name")));
                continue;
            }
            board.hit("signatures");
            JsonNode b = r.get(pairs[i]);
            String et = text(a.path("title")), gt = text(b.path("title"));
            board.accuracy("signatures.title", Objects.equals(TextFold.text(et), TextFold.text(gt)), file, et, gt);
            String ed = text(a.path("date")), gd = text(b.path("date"));
            board.accuracy("signatures.date", Objects.equals(ed, gd), file, ed, gd);
        }
        for (int j : unmatched(pairs, r.size())) board.extra("signatures", file, text(r.get(j).path("name")));
    }

    private static void stamps(JsonNode gold, JsonNode got, String file, Scoreboard board) {
        List<JsonNode> g = list(gold), r = list(got);
        int[] pairs = match(g, r, (a, b) -> Objects.equals(text(a.path("date")), text(b.path("date"))) ? 1 : 0, 1);
        for (int i = 0; i < g.size(); i++) {
            JsonNode a = g.get(i);
            if (pairs[i] < 0) {
                board.miss("stamps", file, text(a.path("date")) + " " + text(a.path("by")));
                continue;
            }
            board.hit("stamps");
            String eb = text(a.path("by")), gb = text(r.get(pairs[i]).path("by"));
            board.accuracy("stamps.by", Objects.equals(TextFold.name(eb), TextFold.name(gb)), file, eb, gb);
        }
        for (int j : unmatched(pairs, r.size())) board.extra("stamps", file, text(r.get(j).path("text")));
    }

    /** The record's exhibits: documents with an exhibit number that are not attachments. */
    static List<Exhibit> recordExhibits(JsonNode r) {
        JsonNode docs = r.path("documents");
        Set<Integer> releaseDocs = new HashSet<>();
        for (JsonNode p : r.path("press_releases")) if (p.path("document").isInt()) releaseDocs.add(p.path("document").asInt());
        // A PDF copy is not read; it is the release its HTML original is.
        Set<String> releaseNumbers = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            String n = text(docs.get(i).path("exhibit_number"));
            if (n != null && releaseDocs.contains(i)) releaseNumbers.add(n.toUpperCase(Locale.ROOT));
        }
        List<Exhibit> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            JsonNode d = docs.get(i);
            String n = text(d.path("exhibit_number"));
            String type = text(d.path("type"));
            if (n == null || type != null && ATTACHMENT_TYPES.contains(type.toUpperCase(Locale.ROOT))) continue;
            boolean unreadCopy = "pdf".equals(text(d.path("format"))) && d.path("chars").asInt() == 0;
            boolean release = releaseDocs.contains(i) || unreadCopy && releaseNumbers.contains(n.toUpperCase(Locale.ROOT));
            out.add(new Exhibit(n.toUpperCase(Locale.ROOT), release));
        }
        return out;
    }

    record Exhibit(String number, boolean pressRelease) {}

    private static void exhibits(JsonNode gold, JsonNode r, String file, Scoreboard board) {
        List<JsonNode> g = list(gold);
        List<Exhibit> got = recordExhibits(r);
        List<JsonNode> rs = new ArrayList<>();
        for (Exhibit e : got) rs.add(Json.MAPPER.valueToTree(Map.of("number", e.number(), "press_release", e.pressRelease())));
        int[] pairs = match(g, rs, (a, b) -> text(a.path("number")) != null
                && text(a.path("number")).equalsIgnoreCase(text(b.path("number"))) ? 1 : 0, 1);
        for (int i = 0; i < g.size(); i++) {
            JsonNode a = g.get(i);
            if (pairs[i] < 0) {
                board.miss("exhibits", file, text(a.path("number")));
                continue;
            }
            board.hit("exhibits");
            boolean expected = a.path("press_release").asBoolean(false);
            boolean flag = got.get(pairs[i]).pressRelease();
            board.accuracy("exhibits.press_release", expected == flag, file, text(a.path("number")) + " " + expected, flag);
        }
        for (int j : unmatched(pairs, rs.size())) board.extra("exhibits", file, got.get(j).number());
    }

    private static void pressReleases(JsonNode gold, JsonNode got, String file, Scoreboard board) {
        List<JsonNode> g = list(gold), r = list(got);
        int[] pairs = matchReleases(g, r);
        for (int i = 0; i < g.size(); i++) {
            JsonNode a = g.get(i);
            JsonNode b = pairs[i] < 0 ? null : r.get(pairs[i]);
            if (b == null) board.miss("press_releases", file, text(a.path("headline")));
            else board.hit("press_releases");
            String eh = text(a.path("headline")), gh = b == null ? null : text(b.path("headline"));
            board.accuracy("press_releases.headline", b != null && Objects.equals(TextFold.text(eh), TextFold.text(gh)), file, eh, gh);
            String ec = text(a.path("dateline_city")), gc = b == null ? null : text(b.path("dateline").path("city"));
            board.accuracy("press_releases.dateline_city", (b != null || ec == null) && Objects.equals(TextFold.text(ec), TextFold.text(gc)), file, ec, gc);
            String ed = text(a.path("dateline_date")), gd = b == null ? null : text(b.path("dateline").path("date"));
            board.accuracy("press_releases.dateline_date", (b != null || ed == null) && Objects.equals(ed, gd), file, ed, gd);
            setOf("press_releases.tickers", tickers(a.path("tickers")), b == null ? Set.of() : tickers(b.path("tickers")), file, board);
            setOf("press_releases.quote_speakers", goldSpeakers(a.path("quote_speakers")),
                    b == null ? Set.of() : recordSpeakers(b.path("quotes")), file, board);
        }
        for (int j : unmatched(pairs, r.size())) {
            JsonNode b = r.get(j);
            board.extra("press_releases", file, text(b.path("headline")));
            setOf("press_releases.tickers", Set.of(), tickers(b.path("tickers")), file, board);
            setOf("press_releases.quote_speakers", Set.of(), recordSpeakers(b.path("quotes")), file, board);
        }
    }

    /** Gold and record releases paired by headline words, then the rest in order. */
    private static int[] matchReleases(List<JsonNode> g, List<JsonNode> r) {
        int[] pairs = match(g, r, (a, b) -> {
            double s = overlap(text(a.path("headline")), text(b.path("headline")));
            return s >= SAME_HEADLINE ? s : 0;
        }, Double.MIN_VALUE);
        List<Integer> freeR = unmatched(pairs, r.size());
        int k = 0;
        for (int i = 0; i < g.size() && k < freeR.size(); i++) if (pairs[i] < 0) pairs[i] = freeR.get(k++);
        return pairs;
    }

    private static void setOf(String field, Set<String> expected, Set<String> got, String file, Scoreboard board) {
        for (String e : expected) {
            if (got.contains(e)) board.hit(field);
            else board.miss(field, file, e);
        }
        for (String x : got) if (!expected.contains(x)) board.extra(field, file, x);
    }

    private static Set<String> tickers(JsonNode list) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (JsonNode t : list) {
            String ex = text(t.path("exchange")), sym = text(t.path("symbol"));
            if (sym != null) out.add((ex == null ? "" : ex.toUpperCase(Locale.ROOT)) + ":" + sym.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> goldSpeakers(JsonNode list) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (JsonNode s : list) if (text(s) != null) out.add(TextFold.text(personName(text(s))));
        return out;
    }

    private static Set<String> recordSpeakers(JsonNode quotes) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (JsonNode q : quotes) {
            String s = text(q.path("speaker"));
            if (s != null) out.add(TextFold.text(personName(s)));
        }
        return out;
    }

    /** A person's name without an honorific: quotes are scored "without Dr./Mr.". */
    private static String personName(String s) {
        return HONORIFIC.matcher(s.strip()).replaceFirst("");
    }

    private static void events(JsonNode gold, JsonNode got, String file, Scoreboard board) {
        Map<String, List<JsonNode>> g = byType(gold), r = byType(got);
        Set<String> types = new java.util.TreeSet<>(g.keySet());
        types.addAll(r.keySet());
        for (String t : types) {
            boolean inG = g.containsKey(t), inR = r.containsKey(t);
            board.eventType(t, inG && inR ? 1 : 0, !inG ? 1 : 0, !inR ? 1 : 0);
            if (inG && inR) board.hit("events");
            else if (inG) board.miss("events", file, t);
            else board.extra("events", file, t);
            if (!inG) continue;
            List<JsonNode> ge = g.get(t), re = inR ? r.get(t) : List.of();
            int[] pairs = match(ge, re, GoldScorer::factAgreement, 0);
            for (int i = 0; i < ge.size(); i++) {
                JsonNode a = ge.get(i);
                JsonNode facts = pairs[i] < 0 ? null : re.get(pairs[i]).path("facts");
                for (String f : EVENT_FACTS) {
                    JsonNode ev = a.path(f);
                    JsonNode gv = facts == null ? null : facts.path(f);
                    boolean expectedStated = !ev.isMissingNode() && !ev.isNull();
                    boolean gotStated = gv != null && !gv.isMissingNode() && !gv.isNull();
                    if (!expectedStated && !gotStated) continue;
                    board.accuracy("events." + f, expectedStated && gotStated && sameFact(f, ev, gv), file,
                            t + " " + f + "=" + (expectedStated ? ev : null), gotStated ? gv.toString() : null);
                }
            }
        }
    }

    /** How many facts two events share, to pair events of one type. */
    private static double factAgreement(JsonNode goldEvent, JsonNode recordEvent) {
        double s = 0.001;
        for (String f : EVENT_FACTS) {
            JsonNode ev = goldEvent.path(f), gv = recordEvent.path("facts").path(f);
            if (!ev.isMissingNode() && !gv.isMissingNode() && sameFact(f, ev, gv)) s += 1;
        }
        return s;
    }

    static boolean sameFact(String fact, JsonNode expected, JsonNode got) {
        return switch (fact) {
            case "amount" -> sameAmount(expected, got);
            case "period" -> Objects.equals(text(expected), text(got));
            default -> Objects.equals(TextFold.name(nameOf(expected)), TextFold.name(nameOf(got)));
        };
    }

    /** Within 1% and in the same currency. */
    static boolean sameAmount(JsonNode expected, JsonNode got) {
        if (!expected.path("value").isNumber() || !got.path("value").isNumber()) return false;
        double e = expected.path("value").asDouble(), v = got.path("value").asDouble();
        String ec = text(expected.path("currency")), gc = text(got.path("currency"));
        boolean currency = ec == null ? gc == null : ec.equalsIgnoreCase(gc);
        return currency && Math.abs(v - e) <= 0.01 * Math.abs(e);
    }

    /** A counterparty or person is a string, or an object with a name. */
    private static String nameOf(JsonNode n) {
        if (n == null) return null;
        if (n.isTextual()) return n.asText();
        if (n.isObject()) return text(n.path("name"));
        return null;
    }

    private static Map<String, List<JsonNode>> byType(JsonNode events) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (JsonNode e : events) {
            String t = text(e.path("type"));
            if (t != null) out.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** Share of words in common (Dice over folded words). */
    static double overlap(String a, String b) {
        if (a == null || b == null) return 0;
        Set<String> x = new HashSet<>(TextFold.tokens(a)), y = new HashSet<>(TextFold.tokens(b));
        if (x.isEmpty() || y.isEmpty()) return 0;
        int common = 0;
        for (String w : x) if (y.contains(w)) common++;
        return 2.0 * common / (x.size() + y.size());
    }

    /** A greedy one-to-one pairing: best score first, pairs with a score below {@code min} are not made. */
    static int[] match(List<JsonNode> gold, List<JsonNode> got, java.util.function.ToDoubleBiFunction<JsonNode, JsonNode> score, double min) {
        int[] pairs = new int[gold.size()];
        java.util.Arrays.fill(pairs, -1);
        boolean[] used = new boolean[got.size()];
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < got.size(); j++) {
                double s = score.applyAsDouble(gold.get(i), got.get(j));
                if (s >= min && s > 0) candidates.add(new double[]{s, i, j});
            }
        }
        candidates.sort((p, q) -> p[0] != q[0] ? Double.compare(q[0], p[0]) : p[1] != q[1] ? Double.compare(p[1], q[1]) : Double.compare(p[2], q[2]));
        for (double[] c : candidates) {
            int i = (int) c[1], j = (int) c[2];
            if (pairs[i] < 0 && !used[j]) {
                pairs[i] = j;
                used[j] = true;
            }
        }
        return pairs;
    }

    private static List<Integer> unmatched(int[] pairs, int n) {
        boolean[] used = new boolean[n];
        for (int p : pairs) if (p >= 0) used[p] = true;
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < n; j++) if (!used[j]) out.add(j);
        return out;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(out::add);
        return out;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return null;
        String s = n.asText();
        return s.isEmpty() ? null : s;
    }
}
