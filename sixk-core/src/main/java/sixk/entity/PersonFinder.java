package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;
import sixk.text.Scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people: a name after an honorific ("Dr. Gerard Soula"), or followed by a title
 * ("Stephen Willard, chief financial officer of Flamel"). The value carries name, title and
 * honorific (null when not printed).
 */
public final class PersonFinder {
    private static final Pattern WITH_TITLE = Pattern.compile(
            "(?<![\\p{L}])" + PersonName.NAME + ",\\s(?:the\\s|our\\s|its\\s)?" + Titles.TITLE);
    private static final Pattern WITH_HONORIFIC = Pattern.compile(
            "(?<![\\p{L}])(Mr|Mrs|Ms|Dr|Prof)\\.?\\s(" + PersonName.WORD + "(?:\\s(?:\\p{Lu}\\.|" + PersonName.WORD + ")){0,2})(?![\\p{L}])");

    private PersonFinder() {}

    public static void find(String text, int doc, List<Entity> out) { find(text, Scan.starts(text), doc, out); }

    public static void find(String text, int[] starts, int doc, List<Entity> out) {
        int from = out.size();
        int[] commas = titleCommas(text);
        int[] next = {0, 0};
        int[] ends = commas.length == 0 ? commas : nameEnds(text);
        int[] nameFrom = new int[ends.length];
        for (int k = 0; k < ends.length; k++) nameFrom[k] = nameFrom(text, ends[k]);
        // A name is at most a few words long: only capitals a short way before a ", Title" are tried, and of
        // those only the ones in the run of words before the comma that would end the name.
        Scan.Start beforeTitle = (s, i) -> {
            if (!Scan.capitalStart(s, i)) return false;
            while (next[0] < commas.length && commas[next[0]] < i) next[0]++;
            if (next[0] == commas.length || commas[next[0]] - i > 70) return false;
            while (next[1] < ends.length && ends[next[1]] < i) next[1]++;
            return next[1] < ends.length && nameFrom[next[1]] <= i;
        };
        if (commas.length > 0) Scan.matchesAt(WITH_TITLE, text, starts, beforeTitle, t -> {
            String name = t.group(2);
            if (!PersonName.plausible(name)) return;
            int start = t.group(1) != null ? t.start() : t.start(2);
            out.add(person(text, doc, start, t.end(2), t.group(1), name, t.group(3)));
        });
        Scan.matchesAt(WITH_HONORIFIC, text, starts, (s, i) -> Scan.capitalStart(s, i) && "MDP".indexOf(s.charAt(i)) >= 0, h -> {
            if (overlaps(out, from, h.start(), h.end()) || !PersonName.plausible(h.group(2))) return;
            out.add(person(text, doc, h.start(), h.end(), h.group(1), h.group(2), null));
        });
    }

    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("chief", "ceo", "cfo", "coo", "cto", "president", "chairman",
            "chairwoman", "chair", "vice", "director", "secretary", "treasurer", "general", "managing", "partner", "head", "founder",
            "controller", "member", "executive", "senior", "group", "deputy", "acting", "interim", "joint", "co", "the", "our", "its",
            "analyst", "vorsitzender");

    /** The commas followed by a word that can open a title (", Chief …", ", the President …"), in order. */
    private static int[] titleCommas(String text) {
        int[] out = new int[8];
        int n = 0;
        for (int i = text.indexOf(", "); i >= 0; i = text.indexOf(", ", i + 2)) {
            if (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2))) continue;
            if (!TITLE_WORDS.contains(Scan.word(text, i + 2, 12))) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The earliest place a name ending at the comma {@code comma} can start: back over what
     * {@link PersonName#NAME} allows (letters, {@code .'’-}, single blanks between at most six
     * words), no further than 70 characters.
     */
    private static int nameFrom(String text, int comma) {
        int blanks = 0, stop = Math.max(0, comma - 70);
        int k = comma;
        while (k > stop) {
            char c = text.charAt(k - 1);
            if (Character.isWhitespace(c)) {
                if (++blanks > 5 || k - 1 > 0 && Character.isWhitespace(text.charAt(k - 2))) break;
            } else if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-')) {
                break;
            }
            k--;
        }
        return k;
    }

    /**
     * The commas a name can end at (the pattern's {@code ",\\s"}): a name holds no comma, so a
     * match ends its name at the first comma after its start, which the tried title comma need not be.
     */
    private static int[] nameEnds(String text) {
        int[] out = new int[8];
        int n = 0;
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
            if (i + 1 >= text.length() || !Scan.blank(text.charAt(i + 1))) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static Entity person(String text, int doc, int start, int end, String honorific, String name, String title) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("title", title == null ? null : title.strip());
        v.put("honorific", honorific == null ? null : honorific + ".");
        return new Entity("person", text.substring(start, end), v, doc, new Span(start, end));
    }

    private static boolean overlaps(List<Entity> out, int from, int start, int end) {
        for (int i = from; i < out.size(); i++) {
            Span s = out.get(i).span();
            if (s.start() < end && start < s.end()) return true;
        }
        return false;
    }
}
