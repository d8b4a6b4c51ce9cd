package sixk.press;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;
import sixk.record.PressRelease;
import sixk.record.Span;

import java.util.List;
import java.util.Locale;

/**
 * Finds press releases: a document (an exhibit or the main body) whose top carries a dateline,
 * and each later dateline in it that runs on into its text (several releases in one document).
 * The headline is the block of lines just above the dateline, without labels such as
 * "FOR IMMEDIATE RELEASE" (joined with the block above when that ends mid-phrase), or the line
 * below a dateline that stands alone. Tickers are the exchange:symbol pairs printed in the
 * release's part of the document; issuers the names printed before them. Quotes, the "About"
 * paragraph, the forward-looking statements and contacts are read from the dateline on.
 */
public final class PressReleaseStage implements Stage {
    private static final int MAX_HEADLINE_LINES = 3;
    private static final int MAX_HEADLINE_CHARS = 300;

    @Override public String name() { return "press_releases"; }


    @Override public void apply(Filing filing) {
        for (int i = 0; i < filing.documentCount(); i++) {
            if (!filing.isProse(i)) continue;
            String text = filing.text(i);
            DatelineFinder.Found top = DatelineFinder.find(text);
            if (top == null) top = DatelineFinder.dateAlone(text);
            if (top == null) {
                top = DatelineFinder.noYear(text, filingYear(filing));
                if (top != null) filing.warnings.add(new sixk.record.Warning("dateline_year_inferred",
                        "the dateline prints no year; " + top.dateline().date().substring(0, 4) + " is the filing's year", i, top.dateline().span()));
            }
            List<DatelineFinder.Found> releases = DatelineFinder.findAll(text, top);
            int regionStart = 0;
            for (int k = 0; k < releases.size(); k++) {
                DatelineFinder.Found found = releases.get(k);
                Span headline = headline(text, found);
                // A release runs to the next one's headline (or dateline); its header (tickers, symbols) may sit above its headline.
                int to = text.length();
                if (k + 1 < releases.size()) {
                    DatelineFinder.Found next = releases.get(k + 1);
                    Span nextHeadline = headline(text, next);
                    to = nextHeadline != null && nextHeadline.start() < next.lineStart() ? nextHeadline.start() : next.lineStart();
                }
                int from = found.lineStart();
                String region = text.substring(regionStart, to);
                String headlineText = headline == null ? null : headline.of(text).replaceAll("\\s+", " ").strip();
                filing.pressReleases.add(new PressRelease(i, headlineText, headline, found.dateline(), TickerFinder.issuers(region),
                        TickerFinder.find(region), QuoteFinder.find(text, from, to), ReleaseSections.about(text, from, to),
                        ReleaseSections.forwardLooking(text, from, to), ContactFinder.find(text, from, to)));
                regionStart = to;
            }
        }
    }

    /** The year of the filing: its header's filing date, else the cover's report month. */
    private static String filingYear(Filing filing) {
        String filed = filing.header() == null ? null : filing.header().filedAsOf();
        if (filed != null && filed.length() >= 4) return filed.substring(0, 4);
        String month = filing.cover.reportMonth();
        return month != null && month.length() >= 4 ? month.substring(0, 4) : null;
    }

    /** The headline above the dateline; when nothing above qualifies, the line below a dateline that stands alone. */
    static Span headline(String text, DatelineFinder.Found found) {
        // A date alone on its line is followed by its headline; above it are letterheads and labels.
        if (found.dateline().city() == null && found.dateline().span().end() - found.dateline().span().start() < 25) {
            Span below = headlineBelow(text, found.dateline().span().end());
            if (below != null) return below;
        }
        Span above = headlineAbove(text, found.lineStart());
        if (above != null) return announcingLineAbove(text, joinWrappedAbove(text, above));
        return headlineBelow(text, found.dateline().span().end());
    }

    /**
     * "Paris, July 30, 2009 Press release⏎SECOND QUARTER 2009 RESULTS", "Amsterdam, 25 May 2009⏎ABN
     * AMRO Group reports …": a dateline alone on its line (or with a label) is followed by the headline.
     */
    static Span headlineBelow(String text, int datelineEnd) {
        int lineEnd = text.indexOf('\n', datelineEnd);
        if (lineEnd < 0) return null;
        String rest = text.substring(datelineEnd, lineEnd).strip();
        if (rest.length() > 25 && !isLabel(rest)) return null;
        int pos = lineEnd + 1;
        for (int lines = 0; lines < 8 && pos < text.length(); lines++) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            String line = text.substring(pos, end).strip();
            // A cover's caption below the date ("Commission File Number: 001-32677"): the date is the cover's, and
            // the registrant's name under it no headline.
            if (COVER_LINE.matcher(line.toLowerCase(Locale.ROOT)).find()) return null;
            // "Dear Shareholders:": a dated letter, not a release.
            if (line.regionMatches(true, 0, "dear ", 0, 5)) return null;
            if (!line.isEmpty() && !isLabel(line) && !TICKER_LINE.matcher(line).find()) {
                // A headline: a few words, not a sentence, not a signature or address line.
                // A row of a table (cells apart by tabs) is not a headline either.
                if (line.length() > MAX_HEADLINE_CHARS || Character.isLowerCase(line.charAt(0)) || line.indexOf('\t') >= 0 || line.split("\\s+").length < 4
                        || line.endsWith(".") && !endsOnLegalForm(line) || line.endsWith(":")) return null;
                int s = pos;
                while (Character.isWhitespace(text.charAt(s))) s++;
                return new Span(s, trimEnd(text, s, end));
            }
            pos = end + 1;
        }
        return null;
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("through", "to", "of", "for", "and", "with", "in", "on", "at",
            "by", "from", "as", "the", "a", "an", "its", "their", "into", "&", "–", "-");

    /**
     * A headline set as two paragraphs ("… Strengthen Balance Sheet Through⏎⏎C$41M Non-Dilutive
     * Financing"): the block above joins when it ends on a word that cannot end a headline.
     */
    static Span joinWrappedAbove(String text, Span headline) {
        int start = headline.start();
        for (int joins = 0; joins < 2; joins++) {
            int p = start - 1;
            while (p >= 0 && Character.isWhitespace(text.charAt(p))) p--;
            if (p < 0) break;
            int ls = text.lastIndexOf('\n', p) + 1;
            String line = text.substring(ls, p + 1).strip();
            if (line.isEmpty() || line.length() > MAX_HEADLINE_CHARS || isLabel(line)) break;
            String last = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (!CONNECTORS.contains(last)) break;
            start = ls;
            while (Character.isWhitespace(text.charAt(start))) start++;
        }
        return start == headline.start() ? headline : new Span(start, headline.end());
    }

    /** The nearest block of non-label lines above {@code lineStart}, at most three lines. */
    static Span headlineAbove(String text, int lineStart) {
        int end = lineStart;
        int start = -1;
        int lines = 0;
        int pos = lineStart;
        // Eight lines up at most, blank lines and bullets not counted (a list of highlights may stand
        // between headline and dateline), and never more than a page of text.
        while (pos > 0 && lines < 8 && lineStart - pos < MAX_CHARS_ABOVE) {
            int lineEnd = pos - 1; // the '\n' before pos
            int ls = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(ls, lineEnd).strip();
            pos = ls;
            if (!line.isEmpty() && !isBullet(line)) lines++;
            if (line.isEmpty()) {
                if (start >= 0) break;
                continue;
            }
            // The cover or a table of contents above: the release has no headline up there.
            if (COVER_LINE.matcher(line.toLowerCase(Locale.ROOT)).find()) break;
            // Labels, and the bulleted highlights a release prints between its headline and its dateline
            // ("- Q4 Diluted EPS $0.30 –"), are passed over on the way up to the headline.
            if (isLabel(line) || isBullet(line)) {
                if (start >= 0) break;
                continue;
            }
            if (start < 0) end = trimEnd(text, ls, lineEnd);
            start = ls;
            if (end - start > MAX_HEADLINE_CHARS) return null;
            int count = 0;
            for (int k = start; k < end; k++) if (text.charAt(k) == '\n') count++;
            if (count + 1 >= MAX_HEADLINE_LINES) break;
        }
        if (start < 0) return null;
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        // Several lines above a dateline are a headline and its sub-headline, unless a line runs on
        // into the next (no closing punctuation, next line in lower case): then it is one wrapped headline.
        int cut = start;
        while (true) {
            int nl = text.indexOf('\n', cut);
            if (nl < 0 || nl >= end) break;
            int next = nl + 1;
            while (next < end && Character.isWhitespace(text.charAt(next))) next++;
            if (next < end && runsOn(text, cut, nl, next, end)) { cut = next; continue; }
            end = trimEnd(text, start, nl);
            break;
        }
        if (start >= end || continuesAbove(text, start, end)) return null;
        return new Span(start, end);
    }

    /**
     * Whether line [from, nl) runs on into the line at {@code next}: the next line starts in lower
     * case, the line ends on a comma or a lower-case word ("… driven by"), or both are in capitals.
     */
    private static boolean runsOn(String text, int from, int nl, int next, int end) {
        int lineEnd = trimEnd(text, from, nl);
        if (lineEnd <= from) return false;
        if (Character.isLowerCase(text.charAt(next)) || Character.isDigit(text.charAt(next))) return true;
        if (subjectThenVerb(text, from, lineEnd, next)) return true;
        char last = text.charAt(lineEnd - 1);
        if (last == ',') return true;
        int wordStart = lineEnd;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) wordStart--;
        if (Character.isLowerCase(text.charAt(wordStart))) return true;
        // "… Ltd. Appoints⏎Chief Financial Officer …", "… Agreement With⏎…": a title-case line ending on its
        // verb or a connector has not said its object yet.
        if (WORDS_BEFORE_OBJECT.contains(text.substring(wordStart, lineEnd).toLowerCase(Locale.ROOT))) return true;
        int nextEnd = text.indexOf('\n', next);
        String line = text.substring(from, lineEnd), following = text.substring(next, nextEnd < 0 || nextEnd > end ? end : nextEnd);
        return line.equals(line.toUpperCase(Locale.ROOT)) && following.equals(following.toUpperCase(Locale.ROOT));
    }

    /** Legal forms that end a company's name: a line ending on one has named its subject, not ended a headline. */
    private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("ltd.", "ltd", "limited", "inc.", "inc", "corp.", "corp",
            "corporation", "co.", "plc", "ag", "s.a.", "sa", "n.v.", "nv", "se", "llc", "l.p.", "lp", "s.p.a.", "spa", "gmbh", "a/s", "asa", "ab", "oyj");
    /** Verbs a headline opens its predicate with ("… Co. Ltd.⏎Sign a Definitive Contract …"). */
    private static final java.util.Set<String> HEADLINE_VERBS = java.util.Set.of("sign", "signs", "announce", "announces", "report", "reports",
            "enter", "enters", "complete", "completes", "receive", "receives", "launch", "launches", "agree", "agrees", "acquire", "acquires",
            "win", "wins", "form", "forms", "expand", "expands", "extend", "extends", "name", "names", "appoint", "appoints", "declare",
            "declares", "close", "closes", "secure", "secures", "sell", "sells", "raise", "raises", "file", "files", "partner", "partners",
            "to", "will", "awarded", "selected", "named", "reach", "reaches", "establish", "establishes", "join", "joins", "team", "teams");

    /**
     * "ABVC BioPharma Announces 2024 Financial Results⏎⏎Revenue Surges 234%, …⏎⏎Silicon Valley, CA
     * (April 16, 2025) –": the block nearest the dateline is a sub-headline when the line above it, set
     * apart by one blank line, announces (a subject and its verb: "… Announces …", "… Reports …") and
     * the nearer block does not.
     */
    static Span announcingLineAbove(String text, Span near) {
        if (announces(near.of(text))) return near;
        int p = near.start() - 1, newlines = 0;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            if (text.charAt(p) == '\n') newlines++;
            p--;
        }
        if (p < 0 || newlines != 2) return near;
        int ls = text.lastIndexOf('\n', p) + 1;
        String line = text.substring(ls, p + 1).strip();
        if (line.length() > MAX_HEADLINE_CHARS || isLabel(line) || isBullet(line) || !announces(line)) return near;
        // A line of its own: a blank line, or the start of the document, above it.
        if (ls > 0 && !text.substring(text.lastIndexOf('\n', ls - 2) + 1, ls - 1).isBlank()) return near;
        int s = ls;
        while (Character.isWhitespace(text.charAt(s))) s++;
        return new Span(s, p + 1);
    }

    /** Whether a headline announces: it holds a verb a company's news opens with. */
    private static boolean announces(String headline) {
        int i = 0, n = headline.length();
        while (i < n) {
            while (i < n && !Character.isLetter(headline.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(headline.charAt(i))) i++;
            if (i > start && ANNOUNCING_VERBS.contains(headline.substring(start, i).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Third-person verbs that take an object: a headline line cannot end on one. */
    private static final java.util.Set<String> TRANSITIVE_VERBS = java.util.Set.of("announces", "reports", "signs", "enters",
            "completes", "receives", "launches", "agrees", "acquires", "wins", "expands", "extends", "appoints", "declares", "secures",
            "raises", "establishes", "joins", "reaches");

    /** The verbs a company's news opens with: those above, and some that may also end a headline ("… Closes", "… Files"). */
    private static final java.util.Set<String> ANNOUNCING_VERBS = union(TRANSITIVE_VERBS,
            java.util.Set.of("names", "files", "closes", "sells", "confirms", "provides", "issues"));

    /** Words a headline cannot end on: transitive verbs, and connectors. */
    private static final java.util.Set<String> WORDS_BEFORE_OBJECT = union(TRANSITIVE_VERBS,
            java.util.Set.of("to", "will", "of", "for", "and", "with", "the", "a", "an", "its", "by", "from", "into", "&"));

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return java.util.Set.copyOf(u);
    }

    /**
     * "ALBERTA STAR TO COMMENCE … WITH WESTERN PLAINS PETROLEUM LTD.": the period of a legal form ends
     * a headline that tells something of the company (a verb, or "to", "with", "for", "from" before
     * the name); a company's name alone ("Ballard Power Systems Inc.") is a letterhead or a signature.
     */
    private static boolean endsOnLegalForm(String line) {
        if (!LEGAL_FORMS.contains(line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) return false;
        if (announces(line)) return true;
        for (String w : line.toLowerCase(Locale.ROOT).split("\\s+")) if (w.equals("to") || w.equals("with") || w.equals("for") || w.equals("from")) return true;
        return false;
    }

    /** "A-Power and Thailand's Biomass Electricity Co. Ltd.⏎Sign a Definitive Contract …": a subject on one line, its verb on the next. */
    private static boolean subjectThenVerb(String text, int from, int lineEnd, int next) {
        int wordStart = lineEnd;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) wordStart--;
        if (!LEGAL_FORMS.contains(text.substring(wordStart, lineEnd).toLowerCase(Locale.ROOT).replace(",", ""))) return false;
        int end = next;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return HEADLINE_VERBS.contains(text.substring(next, end).toLowerCase(Locale.ROOT));
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return to;
    }

    /**
     * "averaging C$1.02 to U.S.$1.00;", "respectively. In the opinion of management, …": the wrapped end
     * of a list item or a sentence, not a headline. A headline opens with a capital, or with a brand
     * like "eBay".
     */
    private static boolean continuesAbove(String text, int start, int end) {
        return Character.isLowerCase(text.charAt(start)) && (start + 1 >= end || Character.isLowerCase(text.charAt(start + 1)));
    }

    /** How far above a dateline its headline is looked for. */
    private static final int MAX_CHARS_ABOVE = 3000;

    /** "- FY08 Revenue Grew 74% –", "• Net sales up 12%": a line opened by a bullet and a blank. */
    static boolean isBullet(String line) { return sixk.text.Bullets.at(line, 0, line.length()); }

    /** "(212) 477-8438", "+44 20 7672 1758": a telephone number alone on its line. */
    private static final java.util.regex.Pattern PHONE_LINE = java.util.regex.Pattern.compile("[+(]?\\d[\\d\\s().+/-]{6,24}");

    static boolean isLabel(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        // A contact's telephone number or e-mail address: a release's contact block, never its headline.
        if (PHONE_LINE.matcher(l).matches() || l.indexOf('@') > 0 && l.matches(".*[\\w.-]+@[\\w-]+\\.[\\w.]+.*")) return true;
        // A caption that introduces what follows ("Attention Business/Financial Editors:", "For further information:").
        if (l.endsWith(":") && l.length() <= 60) return true;
        return l.startsWith("exhibit") || l.contains("for immediate release") || l.equals("press release") || l.equals("news release")
                || l.startsWith("news release") || l.startsWith("press release") || l.startsWith("page ") || l.matches("[\\d\\s./-]{1,12}")
                || l.startsWith("source:") || l.startsWith("contact") || COVER_LINE.matcher(l).find();
    }

    /** A line that only lists a listing: "TSX-V Trading Symbol: ASX", "NYSE: ABB". */
    private static final java.util.regex.Pattern TICKER_LINE = java.util.regex.Pattern.compile("^[A-Za-z -]{2,30}(?:Trading Symbol|Symbol)?\\s?:\\s?[A-Z.]{1,8}$");

    /** Lines of the 6-K cover or a table of contents, which a release in the main document follows: never a headline. */
    private static final java.util.regex.Pattern COVER_LINE = java.util.regex.Pattern.compile(
            "^(?:item\\b|title$|table of contents|yes\\b|no\\b|82-)|rule 12g3|indicate by check mark|form 20-f|form 40-f|commission file|"
                    + "if \u201cyes\u201d|if \"yes\"|signature|this form 6-k consists|securities exchange act");
}
