package sixk.press;

import sixk.entity.PersonName;
import sixk.record.Contact;
import sixk.text.Scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the contacts block of a release ("Contacts:", "For further information:", "Media
 * Relations", "Investor contact"): each person named there with the phone and e-mail printed after
 * the name, before the next name.
 */
final class ContactFinder {
    private static final Pattern HEADING = Pattern.compile(
            "(?im)^\\s{0,4}(?:for (?:further|more|additional) information|(?:media|press|investor|analyst)s?(?: relations)?(?: contacts?)?\\s*:|contacts?\\s*:|contacts?\\s*$|information:)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,4}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+\\s?\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)\\s?)?\\d{1,4}(?:[\\s.-]\\d{2,4}){2,4}(?![\\d])");
    private static final int BLOCK = 1500;

    private ContactFinder() {}

    static List<Contact> find(String text, int from, int to) {
        List<java.util.regex.MatchResult> headings = new ArrayList<>();
        Scan.matches(HEADING, text, from, to, ContactFinder::lineStart, headings::add);
        List<Contact> out = new ArrayList<>();
        for (java.util.regex.MatchResult h : headings) {
            int end = Math.min(to, h.end() + BLOCK);
            Matcher n = PersonName.PATTERN.matcher(text).region(h.end(), end);
            List<int[]> names = new ArrayList<>();
            while (n.find()) if (PersonName.plausible(n.group(2))) names.add(new int[]{n.start(2), n.end(2)});
            for (int k = 0; k < names.size(); k++) {
                int s = names.get(k)[1], e = k + 1 < names.size() ? names.get(k + 1)[0] : end;
                String name = text.substring(names.get(k)[0], names.get(k)[1]);
                String phone = first(PHONE, text, s, e), email = first(EMAIL, text, s, e);
                if (phone == null && email == null) continue;
                Contact c = new Contact(name, phone == null ? null : phone.strip(), email == null ? null : email.toLowerCase(Locale.ROOT));
                if (!out.contains(c)) out.add(c);
            }
            if (!out.isEmpty()) break;
        }
        return out;
    }

    private static boolean lineStart(String text, int i) {
        return i == 0 || text.charAt(i - 1) == '\n';
    }

    private static String first(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        return m.find() ? m.group() : null;
    }
}
