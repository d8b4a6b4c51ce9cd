package sixk.press;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;
import sixk.record.PressRelease;
import sixk.record.Span;

import java.util.List;
import java.util.Locale;

/**
 * Finds press releases: a document (an exhibit or the main body) whose top carries a dateline.
 * The headline is the block of lines just above the dateline, without labels such as
 * "FOR IMMEDIATE RELEASE". Tickers are the exchange:symbol pairs printed in the release; issuers
 * the names printed before them. Quotes, the "About" paragraph, the forward-looking statements and
 * contacts are read from the dateline on.
 */
public final class PressReleaseStage implements Stage {
    private static final int MAX_HEADLINE_LINES = 3;
    private static final int MAX_HEADLINE_CHARS = 300;

    @Override public String name() { return "press_releases"; }

    @Override public void apply(Filing filing) {
        for (int i = 0; i < filing.documentCount(); i++) {
            if (!filing.isProse(i)) continue;
            String text = filing.text(i);
            DatelineFinder.Found found = DatelineFinder.find(text);
            if (found == null) continue;
            Span headline = headlineAbove(text, found.lineStart());
            String headlineText = headline == null ? null : headline.of(text).replaceAll("\\s+", " ").strip();
            int from = found.lineStart(), to = text.length();
            filing.pressReleases.add(new PressRelease(i, headlineText, headline, found.dateline(), TickerFinder.issuers(text),
                    TickerFinder.find(text), QuoteFinder.find(text, from, to), ReleaseSections.about(text, from, to),
                    ReleaseSections.forwardLooking(text, from, to), ContactFinder.find(text, from, to)));
        }
    }

    /** The nearest block of non-label lines above {@code lineStart}, at most three lines. */
    static Span headlineAbove(String text, int lineStart) {
        int end = lineStart;
        int start = -1;
        int lines = 0;
        int pos = lineStart;
        while (pos > 0 && lines < 8) {
            int lineEnd = pos - 1; // the '\n' before pos
            int ls = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(ls, lineEnd).strip();
            pos = ls;
            lines++;
            if (line.isEmpty()) {
                if (start >= 0) break;
                continue;
            }
            if (isLabel(line)) {
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
        return start < end ? new Span(start, end) : null;
    }

    /**
     * Whether line [from, nl) runs on into the line at {@code next}: the next line starts in lower
     * case, the line ends on a comma or a lower-case word ("… driven by"), or both are in capitals.
     */
    private static boolean runsOn(String text, int from, int nl, int next, int end) {
        int lineEnd = trimEnd(text, from, nl);
        if (lineEnd <= from) return false;
        if (Character.isLowerCase(text.charAt(next))) return true;
        char last = text.charAt(lineEnd - 1);
        if (last == ',') return true;
        int wordStart = lineEnd;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) wordStart--;
        if (Character.isLowerCase(text.charAt(wordStart))) return true;
        int nextEnd = text.indexOf('\n', next);
        String line = text.substring(from, lineEnd), following = text.substring(next, nextEnd < 0 || nextEnd > end ? end : nextEnd);
        return line.equals(line.toUpperCase(Locale.ROOT)) && following.equals(following.toUpperCase(Locale.ROOT));
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return to;
    }

    private static boolean isLabel(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.startsWith("exhibit") || l.contains("for immediate release") || l.equals("press release") || l.equals("news release")
                || l.startsWith("news release") || l.startsWith("press release") || l.startsWith("page ") || l.matches("[\\d\\s./-]{1,12}")
                || l.startsWith("source:") || l.startsWith("contact");
    }
}
