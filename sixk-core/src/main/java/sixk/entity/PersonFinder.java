package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;

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
            "(?<![\\p{L}])(Mr|Mrs|Ms|Dr|Prof)\\.?\\s(\\p{Lu}[\\p{Ll}'’-]+(?:\\s(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’-]+)){0,2})(?![\\p{L}])");

    private PersonFinder() {}

    public static void find(String text, int doc, List<Entity> out) {
        int from = out.size();
        Matcher t = WITH_TITLE.matcher(text);
        while (t.find()) {
            String name = t.group(2);
            if (!PersonName.plausible(name)) continue;
            int start = t.group(1) != null ? t.start() : t.start(2);
            out.add(person(text, doc, start, t.end(2), t.group(1), name, t.group(3)));
        }
        Matcher h = WITH_HONORIFIC.matcher(text);
        while (h.find()) {
            if (overlaps(out, from, h.start(), h.end())) continue;
            if (!PersonName.plausible(h.group(2))) continue;
            out.add(person(text, doc, h.start(), h.end(), h.group(1), h.group(2), null));
        }
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
