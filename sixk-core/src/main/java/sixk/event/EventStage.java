package sixk.event;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;
import sixk.record.Entity;
import sixk.record.Event;
import sixk.record.Evidence;
import sixk.record.PressRelease;
import sixk.record.Span;
import sixk.submission.ItemCodes;
import sixk.text.Scan;
import sixk.text.Sentences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what happened. Each sentence of the filing's prose (cover boilerplate, signatures, the
 * "About" paragraph and forward-looking statements left out) is tested against the
 * {@link EventCues}; the trained {@link EventModel} scores the filing's items. A type is reported
 * when the two together are confident enough, with the best sentence as evidence and the facts
 * read from the sentences that told it ({@link EventFacts}). At most {@link #MAX_EVENTS}: the
 * main events, as an analyst would tag them. 8-K item headings are blanked before reading, so a
 * filing is read the way a 6-K, which has none, would be.
 */
public final class EventStage implements Stage {
    static final int MAX_EVENTS = 5;
    static final double THRESHOLD = 0.55;
    /** Below this item probability a cue needs to be near certain on its own. */
    static final double VETO = 0.1;
    /** How many training examples an item needs before its low probability can overrule a cue. */
    static final int TRUSTED_EXAMPLES = 10;
    /** How far the classifier moves a cue's confidence, up or down. */
    static final double CLASSIFIER_SWAY = 0.1;
    /** How sure the classifier must be to report an item's event with no cue sentence. */
    static final double ALONE = 0.7;
    /** How many news sentences are weighed to find the evidence of a classifier-only event. */
    private static final int EVIDENCE_SENTENCES = 60;
    private static final Map<String, EventType> ITEM_TYPES = Map.ofEntries(Map.entry("2.02", EventType.RESULTS_OF_OPERATIONS),
            Map.entry("1.01", EventType.MATERIAL_AGREEMENT), Map.entry("1.02", EventType.AGREEMENT_TERMINATION),
            Map.entry("2.01", EventType.ACQUISITION_DISPOSITION), Map.entry("2.03", EventType.FINANCING), Map.entry("3.02", EventType.FINANCING),
            Map.entry("5.02", EventType.MANAGEMENT_CHANGE), Map.entry("5.07", EventType.SHAREHOLDER_MEETING),
            Map.entry("5.03", EventType.GOVERNING_DOCUMENTS), Map.entry("7.01", EventType.INVESTOR_PRESENTATION),
            Map.entry("3.01", EventType.LISTING), Map.entry("4.01", EventType.AUDITOR_CHANGE), Map.entry("4.02", EventType.RESTATEMENT),
            Map.entry("1.03", EventType.BANKRUPTCY), Map.entry("1.05", EventType.CYBERSECURITY_INCIDENT));
    /** How much of each document is read for events: the news is told before the tables. */
    static final int MAX_CHARS = 40_000;
    /** How many sentences of each document are read for cues. */
    static final int MAX_NEWS_SENTENCES = 60;
    private static final Pattern ITEM_HEADING = Pattern.compile("(?im)^[ \\t]*item[ \\t]{0,3}\\d{1,2}(?:\\.\\d{1,2})?[.:)\\s][^\\n]{0,200}");
    private static final Pattern ITEM_CAPTION = Pattern.compile(
            "(?m)^[ \\t]*(?:Entry|Termination|Bankruptcy|Completion|Results|Creation|Triggering|Costs?|Material|Notice|Unregistered|Changes?"
                    + "|Non-Reliance|Departure|Amendments?|Temporary|Submission|Shareholder|Regulation|Other|Financial|Acquisition|Resignations?)"
                    + "\\b[^\\n]{0,250}+$");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)indicate by check mark|pursuant to the requirements|securities exchange act|commission file number|rule 12g3|forward[- ]looking|safe harbou?r"
                    + "|incorporated (?:herein )?by reference|translation of registrant|principal executive offices|report of foreign private issuer"
                    + "|solicitation of proxies|participants in (?:the|any) solicitation|not an offer to (?:buy|sell)|risks and uncertainties"
                    + "|date of earliest event reported|former name or former address|check the appropriate box|telephone number, including area code|WHEREAS"
                    + "|exact name of registrant|specified in its charter|jurisdiction of incorporation|employer identification");
    /**
     * The anchor words by hash, each to the bits of the cues it anchors: every word of a document is
     * looked up, and a hash of the lower-cased word in the scan's buffer needs no String. A stray
     * collision only tries a cue's pattern in vain.
     */
    private static final WordTable ANCHORS;
    static {
        List<Map.Entry<String, Long>> anchors = List.copyOf(anchors().entrySet());
        ANCHORS = WordTable.of(anchors.stream().mapToLong(e -> Features.hash(e.getKey())).toArray(), anchors.stream().mapToLong(Map.Entry::getValue).toArray());
    }
    /** A heading that opens a release's outlook section: "Business Outlook", "OUTLOOK", "Guidance for 2010". */
    private static final Pattern OUTLOOK_HEADING = Pattern.compile(
            "(?i)(?:business |financial |fiscal |full[- ]year |\\d{4} )?(?:outlook|guidance)(?: for [^.\\n]{1,25})?:?");
    /** The longest sentence read as a heading. */
    private static final int HEADING = 40;

    private final EventModel model;

    public EventStage() { this(EventModel.standard()); }

    public EventStage(EventModel model) { this.model = model; }

    @Override public String name() { return "events"; }

    /** One sentence that told an event: where, how strongly. */
    private record Told(EventType type, int document, Span sentence, Span cue, double weight, boolean headline) {}

    @Override public void apply(Filing filing) {
        List<Told> told = new ArrayList<>();
        List<Told> news = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        Map<Integer, String> masked = new HashMap<>();
        for (int d = 0; d < filing.documentCount(); d++) {
            if (!filing.isProse(d)) continue;
            String text = filing.text(d);
            if (text.isEmpty()) continue;
            String read = maskItemHeadings(text, Math.min(text.length(), Math.max(MAX_CHARS, Features.MAX_CHARS)));
            masked.put(d, read);
            prose.add(read);
            // Contracts, charters and indentures filed as exhibits state terms, not news: the model reads them, the cues do not.
            if (isInstrument(filing.document(d).type())) continue;
            int to = Math.min(read.length(), MAX_CHARS);
            // Unmasked, the text's word starts are those the entities were read at.
            readSentences(filing, d, read, to, read == text ? filing.wordStarts(d) : Scan.starts(read, to), told, news);
        }
        Map<String, Double> items = model == null ? Map.of() : model.score(Features.hashes(prose));
        decide(filing, told, items, news);
    }

    private void readSentences(Filing filing, int d, String text, int to, int[] starts, List<Told> out, List<Told> news) {
        List<Span> sentences = Sentences.split(text, 0, to);
        if (sentences.isEmpty()) return;
        List<Span> skip = skipped(filing, d);
        long[] masks = new long[sentences.size()];
        int[] at = {0};
        Words.scan(text, 0, to, (start, end, buf, len) -> {
            long bits = ANCHORS.get(Features.hash(buf, len));
            if (bits == 0) return;
            while (at[0] < sentences.size() && sentences.get(at[0]).end() <= start) at[0]++;
            if (at[0] < sentences.size() && sentences.get(at[0]).start() <= start) masks[at[0]] |= bits;
        });
        Span headline = headline(filing, d);
        List<Span> headlines = headlines(filing, d);
        int[] releaseStarts = releaseStarts(filing, d);
        int nextRelease = 0;
        Matcher[] matchers = new Matcher[64];
        Matcher outlookHeading = OUTLOOK_HEADING.matcher(text);
        boolean outlook = false;
        int count = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            // Each release in a document tells its own news first: its lead counts from its dateline.
            while (nextRelease < releaseStarts.length && sentence.start() >= releaseStarts[nextRelease]) { count = 0; nextRelease++; }
            boolean inHeadline = overlapsAny(sentence, headlines);
            boolean isHeading = !inHeadline && heading(text, sentence);
            // A release's outlook section tells its guidance wherever it comes: it runs from its heading to the next one.
            if (isHeading) outlook = outlookHeading.region(sentence.start(), sentence.end()).matches();
            // Past the first sentences a document tells background, not its news; only an outlook section is still read.
            boolean past = count > MAX_NEWS_SENTENCES && !inHeadline;
            if (past && !outlook) continue;
            if (overlapsAny(sentence, skip)) continue;
            // A rule line or a row of figures is no sentence: neither news nor a place in the lead.
            if (!hasLetter(text, sentence)) continue;
            if ((masks[s] & BOILERPLATE_BIT) != 0 && first(matcher(matchers, BOILERPLATE_BIT_INDEX, BOILERPLATE, text), text, starts, sentence) != null) continue;
            if (!inHeadline && sentence.length() > HEADING) {
                count++;
                if (news.size() < EVIDENCE_SENTENCES) news.add(new Told(null, d, sentence, sentence, 0, false));
            }
            past = count > MAX_NEWS_SENTENCES && !inHeadline;
            if (past && !outlook) continue;
            if ((masks[s] & ~BOILERPLATE_BIT) == 0) continue;
            double place = inHeadline ? 1.15 : prominence(count);
            for (int c = 0; c < EventCues.ALL.size(); c++) {
                if ((masks[s] & (1L << c)) == 0) continue;
                Cue cue = EventCues.ALL.get(c);
                boolean guidance = outlook && cue.type() == EventType.GUIDANCE;
                if (past && !guidance) continue;
                java.util.regex.MatchResult m = first(matcher(matchers, c, cue.pattern(), text), text, starts, sentence);
                if (m == null) continue;
                if (cue.unless() != null && first(cue.unless().matcher(text), text, starts, sentence) != null) continue;
                // Guidance in a section headed Outlook is as much the release's news as its lead.
                double weight = cue.weight() * (guidance ? Math.max(1, place) : place);
                out.add(new Told(cue.type(), d, sentence, new Span(m.start(), m.end()), Math.min(1, weight), inHeadline));
            }
        }
    }

    private static boolean hasLetter(String text, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) if (Character.isLetter(text.charAt(i))) return true;
        return false;
    }

    /** A heading: a short line that starts with a capital and does not end a sentence ("Business Outlook", "Other Company News"). */
    private static boolean heading(String text, Span sentence) {
        if (sentence.length() > HEADING || sentence.length() < 3) return false;
        char first = text.charAt(sentence.start()), last = text.charAt(sentence.end() - 1);
        return Character.isUpperCase(first) && last != '.' && last != ',' && last != ';';
    }

    private static final int BOILERPLATE_BIT_INDEX = 63;

    /** One matcher per pattern and document, made when first needed. */
    private static Matcher matcher(Matcher[] matchers, int k, Pattern p, String text) {
        Matcher m = matchers[k];
        if (m == null) matchers[k] = m = p.matcher(text);
        return m;
    }

    /** The first match in a sentence; every cue opens a word, so only the text's word starts are tried (not its currency marks). */
    private static java.util.regex.MatchResult first(Matcher matcher, String text, int[] starts, Span sentence) {
        return Scan.firstAt(matcher, text, starts, sentence.start(), sentence.end(), (t, i) -> Character.isLetterOrDigit(t.charAt(i)));
    }

    /**
     * How much a sentence's place says it is news: a release tells its main events in the
     * headline and the first sentences; what comes deep in the text (tables, notes, risk
     * factors) is background.
     */
    static double prominence(int newsSentence) {
        if (newsSentence <= 4) return 1.0;
        if (newsSentence <= 12) return 0.85;
        if (newsSentence <= 30) return 0.7;
        return 0.55;
    }

    private void decide(Filing filing, List<Told> told, Map<String, Double> items, List<Told> news) {
        Map<EventType, List<Told>> byType = new EnumMap<>(EventType.class);
        for (Told t : told) byType.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        List<Event> events = new ArrayList<>();
        String self = filing.cover.registrantName();
        Map<Integer, int[]> releaseStarts = new java.util.HashMap<>();
        for (EventType type : EventType.values()) {
            List<Told> ts = byType.getOrDefault(type, List.of());
            double rule = 0;
            if (!ts.isEmpty()) {
                // At equal weight a release's own sentence is the better evidence than the 6-K body that describes it
                // ("Attached as Exhibit 1 is a copy of the press release … announcing …").
                ts.sort(Comparator.comparingDouble(Told::weight).reversed()
                        .thenComparing((Told t) -> release(filing, t, releaseStarts) < 0)
                        .thenComparingInt(Told::document).thenComparingInt(t -> t.sentence().start()));
                long sentences = ts.stream().map(Told::sentence).distinct().count();
                rule = Math.min(1, ts.get(0).weight() + 0.05 * (sentences - 1));
            }
            double p = itemProbability(type, items);
            // The cue sentence says what happened; the classifier, trained on 8-Ks, says how likely the filing as a whole is of that kind.
            double confidence = ts.isEmpty() ? 0 : Double.isNaN(p) ? rule : Math.min(1, rule + CLASSIFIER_SWAY * (2 * p - 1));
            if (Double.isNaN(confidence) || confidence < THRESHOLD) continue;
            // A cue the whole filing does not bear out (the classifier all but rules its item out) is a passing mention.
            if (!Double.isNaN(p) && p < VETO && rule < 0.9 && model.examples(type.item) >= TRUSTED_EXAMPLES) continue;
            Told best = ts.get(0);
            Event first = event(filing, type, best, ts, confidence, self);
            events.add(first);
            // A 6-K carrying several releases reports each one's news: another release that tells this type as
            // strongly on its own (in its headline or lead), about another party, sum, period or person, is an
            // event of its own. The 6-K body describing its exhibits is no release: it repeats their news.
            if (release(filing, best, releaseStarts) < 0) continue;
            List<Long> releasesTold = new ArrayList<>(List.of(release(filing, best, releaseStarts)));
            List<Event> ofType = new ArrayList<>(List.of(first));
            for (Told t : ts) {
                long r = release(filing, t, releaseStarts);
                if (r < 0 || releasesTold.contains(r) || t.weight() < OWN_RELEASE_WEIGHT) continue;
                releasesTold.add(r);
                List<Told> own = ts.stream().filter(x -> release(filing, x, releaseStarts) == r).toList();
                double c = Double.isNaN(p) ? t.weight() : Math.min(1, t.weight() + CLASSIFIER_SWAY * (2 * p - 1));
                if (c < THRESHOLD) continue;
                Event e = event(filing, type, t, own, c, self);
                if (ofType.stream().noneMatch(x -> sameNews(x, e))) {
                    ofType.add(e);
                    events.add(e);
                }
            }
        }
        classifierOnly(filing, items, news, events);
        events.sort(Comparator.comparingDouble(Event::confidence).reversed());
        if (events.size() > MAX_EVENTS) events = new ArrayList<>(events.subList(0, MAX_EVENTS));
        if (events.isEmpty()) other(filing, news).ifPresent(events::add);
        filing.events.addAll(events);
    }

    /** How strongly a release must tell a type by itself for a second event of that type in one filing. */
    static final double OWN_RELEASE_WEIGHT = 0.8;

    /** The event of {@code type} told best by {@code best}, its facts read in the sentences of {@code ts} in best's document. */
    private static Event event(Filing filing, EventType type, Told best, List<Told> ts, double confidence, String self) {
        String text = filing.text(best.document());
        // Facts are read from body sentences first: a headline in title case runs names together.
        List<Told> body = ts.stream().filter(t -> t.document() == best.document()).sorted(Comparator.comparing(Told::headline)).toList();
        List<Span> sentences = body.stream().map(Told::sentence).distinct().toList();
        List<Span> cues = body.stream().map(Told::cue).toList();
        List<Entity> entities = filing.entities.stream().filter(e -> e.document() == best.document()).toList();
        Map<String, Object> facts = EventFacts.read(type, text, sentences, cues, entities, self, headlines(filing, best.document()));
        return new Event(type.id(), Math.round(confidence * 1000) / 1000.0, new Evidence(best.document(), best.cue(), best.sentence().of(text)), facts);
    }

    /**
     * Which release a told sentence is in (its document and the release's place there), or -1 outside every release;
     * {@code startsByDocument} keeps each document's release starts once found.
     */
    private static long release(Filing filing, Told t, Map<Integer, int[]> startsByDocument) {
        int[] starts = startsByDocument.computeIfAbsent(t.document(), d -> releaseStarts(filing, d));
        int k = -1;
        for (int i = 0; i < starts.length; i++) if (starts[i] <= t.sentence().start()) k = i;
        return k < 0 ? -1 : ((long) t.document() << 32) | k;
    }

    private static final List<String> NEWS_FACTS = List.of("amount", "counterparty", "period", "person");

    /** Two events of a type tell the same news when they name the same sum, party, period or person, or neither names any. */
    private static boolean sameNews(Event a, Event b) {
        boolean anyNamed = false;
        for (String k : NEWS_FACTS) {
            Object x = a.facts().get(k), y = b.facts().get(k);
            if (x != null && x.equals(y)) return true;
            anyNamed |= x != null || y != null;
        }
        return !anyNamed;
    }

    /** A filing whose news fits no type: "other", pointing at its headline or first sentence. */
    private static java.util.Optional<Event> other(Filing filing, List<Told> news) {
        for (PressRelease pr : filing.pressReleases) {
            if (pr.headlineSpan() != null) {
                return java.util.Optional.of(new Event("other", 0.3, new Evidence(pr.document(), pr.headlineSpan(), pr.headlineSpan().of(filing.text(pr.document()))), Map.of()));
            }
        }
        if (news.isEmpty()) return java.util.Optional.empty();
        // The first sentence past the cover: its title, address and check boxes ("RULE 13A-16 OR 15D-16 UNDER THE SECURITIES",
        // "Abbey National House, 2 Triton Square") say nothing of the news.
        Told first = news.get(0);
        int[] coverEnds = new int[filing.documentCount()];
        java.util.Arrays.fill(coverEnds, -1);
        for (Told t : news) {
            int d = t.document();
            if (coverEnds[d] < 0) coverEnds[d] = coverEnd(filing.text(d));
            if (t.sentence().start() >= coverEnds[d]) { first = t; break; }
        }
        return java.util.Optional.of(new Event("other", 0.3, new Evidence(first.document(), first.sentence(),
                first.sentence().of(filing.text(first.document()))), Map.of()));
    }

    /** Lines of a cover page that come last on it: its questions and their answers. */
    private static final Pattern COVER_QUESTION = Pattern.compile(
            "(?i)indicate by check mark|if [\"“]yes[\"”] is marked|rule 12g3-2\\(b\\)|note: regulation s-t");
    /** How far into a document its cover may reach. */
    private static final int COVER_CHARS = 8000;

    /** Where a document's cover ends: after the last line of its questions near the top, or 0 without one. */
    static int coverEnd(String text) {
        // Tried only where a question can open (its first two characters), not at each of 8,000 positions.
        int[] end = {0};
        Scan.matches(COVER_QUESTION, text, 0, Math.min(text.length(), COVER_CHARS), (t, i) -> true, m -> {
            int lineEnd = text.indexOf('\n', m.end());
            end[0] = lineEnd < 0 ? text.length() : lineEnd + 1;
        });
        return end[0];
    }

    /**
     * Events the classifier is sure of although no cue sentence told them: the evidence is the news
     * sentence whose words weigh most for the item, so the reader sees why.
     */
    private void classifierOnly(Filing filing, Map<String, Double> items, List<Told> news, List<Event> events) {
        if (model == null || news.isEmpty()) return;
        for (Map.Entry<String, Double> e : items.entrySet()) {
            EventType type = ITEM_TYPES.get(e.getKey());
            if (type == null || e.getValue() < ALONE) continue;
            if (events.stream().anyMatch(x -> x.type().equals(type.id()))) continue;
            Told best = null;
            double bestWeight = 0;
            for (Told t : news) {
                double w = model.weigh(e.getKey(), t.sentence().of(filing.text(t.document())));
                if (w > bestWeight) { bestWeight = w; best = t; }
            }
            if (best == null) continue;
            int doc = best.document();
            String text = filing.text(doc);
            List<Entity> entities = filing.entities.stream().filter(x -> x.document() == doc).toList();
            Map<String, Object> facts = EventFacts.read(type, text, List.of(best.sentence()), entities, filing.cover.registrantName());
            double confidence = Math.round(0.8 * e.getValue() * 1000) / 1000.0;
            events.add(new Event(type.id(), confidence, new Evidence(best.document(), best.sentence(), best.sentence().of(text)), facts));
        }
    }

    private static final Pattern INSTRUMENT_EXHIBIT = Pattern.compile("(?i)EX-(?:2|3|4|10)(?:\\.\\d+)?[A-Z]?");

    static boolean isInstrument(String type) { return type != null && INSTRUMENT_EXHIBIT.matcher(type).matches(); }

    /** The classifier's probability for the item of {@code type}; NaN when it does not tell this type apart. */
    private static double itemProbability(EventType type, Map<String, Double> items) {
        if (items.isEmpty() || type.item.equals("8.01") || type == EventType.GUIDANCE) return Double.NaN;
        if (type == EventType.FINANCING) return Math.max(items.getOrDefault("2.03", 0.0), items.getOrDefault("3.02", 0.0));
        Double p = items.get(type.item);
        return p == null ? Double.NaN : p;
    }

    /** The headlines of the releases in document d. */
    private static List<Span> headlines(Filing filing, int d) {
        List<Span> out = new ArrayList<>();
        for (PressRelease pr : filing.pressReleases) if (pr.document() == d && pr.headlineSpan() != null) out.add(pr.headlineSpan());
        return out;
    }

    /** Where each release of document d starts (its headline, else its dateline), in order. */
    private static int[] releaseStarts(Filing filing, int d) {
        return filing.pressReleases.stream().filter(pr -> pr.document() == d)
                .mapToInt(pr -> pr.headlineSpan() != null ? Math.min(pr.headlineSpan().start(), pr.dateline().span().start()) : pr.dateline().span().start())
                .sorted().toArray();
    }

    private static Span headline(Filing filing, int d) {
        for (PressRelease pr : filing.pressReleases) if (pr.document() == d && pr.headlineSpan() != null) return pr.headlineSpan();
        return null;
    }

    /** The parts of document d that tell no news: signatures, "About" paragraphs, forward-looking statements. */
    private static List<Span> skipped(Filing filing, int d) {
        List<Span> out = new ArrayList<>();
        for (PressRelease pr : filing.pressReleases) {
            if (pr.document() != d) continue;
            if (pr.about() != null) out.add(pr.about().span());
            if (pr.forwardLookingStatements() != null) out.add(pr.forwardLookingStatements().span());
        }
        for (var s : filing.signatures) if (s.document() != null && s.document() == d && s.span() != null) out.add(s.span());
        return out;
    }

    private static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span x : spans) if (s.start() < x.end() && x.start() < s.end()) return true;
        return false;
    }

    /** The text with 8-K item headings ("Item 2.02 Results of Operations …") blanked, same length so spans hold. */
    public static String maskItemHeadings(String text) { return maskItemHeadings(text, text.length()); }

    /** The same within text[0, limit): what is read further on needs no masking. */
    public static String maskItemHeadings(String text, int limit) {
        List<int[]> blank = new ArrayList<>();
        Matcher heading = ITEM_HEADING.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher caption = ITEM_CAPTION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // Both are whole lines: only line starts are tried, not every character of the text.
        for (int i = 0; i < limit; ) {
            char c = text.charAt(i);
            boolean indent = c == ' ' || c == '\t';
            if ((indent || c == 'I' || c == 'i') && heading.region(i, limit).lookingAt()) {
                blank.add(new int[]{heading.start(), heading.end()});
            } else if ((indent || Character.isUpperCase(c)) && caption.region(i, limit).lookingAt()
                    // A caption printed on its own line, its number in another cell: "Results of Operations and Financial Condition".
                    && ItemCodes.of(caption.group()) != null) {
                blank.add(new int[]{caption.start(), caption.end()});
            }
            int nl = text.indexOf('\n', i);
            if (nl < 0) break;
            i = nl + 1;
        }
        if (blank.isEmpty()) return text;
        char[] chars = text.toCharArray();
        for (int[] b : blank) for (int i = b[0]; i < b[1]; i++) chars[i] = ' ';
        return new String(chars);
    }

    /** The bit of a sentence's word mask that says it may be boilerplate. */
    private static final long BOILERPLATE_BIT = 1L << 63;
    private static final String BOILERPLATE_ANCHORS = "indicate pursuant securities commission rule forward safe incorporated translation principal"
            + " report solicitation participants offer risks earliest former check telephone whereas exact specified jurisdiction employer";

    private static Map<String, Long> anchors() {
        Map<String, Long> out = new HashMap<>();
        for (String a : BOILERPLATE_ANCHORS.split(" ")) out.merge(a, BOILERPLATE_BIT, (x, y) -> x | y);
        for (int c = 0; c < EventCues.ALL.size(); c++) {
            for (String a : EventCues.ALL.get(c).anchors()) out.merge(a, 1L << c, (x, y) -> x | y);
        }
        return out;
    }
}
