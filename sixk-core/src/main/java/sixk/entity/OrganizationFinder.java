package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;
import sixk.text.Scan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organizations by their legal form: "Flamel Technologies S.A.", "Corning Inc.", "CF Industries
 * Holdings, Inc.", "Biomass Electricity Co., Ltd.", "Deutsche Bank AG". A name without a legal form
 * is found where an event names its counterparty ({@link Counterparty}).
 */
public final class OrganizationFinder {
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\d&'’.-]*|&|de|du|des|of|and|la|le|van|der|für|\\d{1,4})";
    /**
     * The legal forms, grouped by their first letter (the order within a group kept, as it decides
     * between "Inc" and "Incorporated"): the regex engine tries alternatives one by one, and a
     * name's every word is a place the form is tried.
     */
    static final String LEGAL = "(?:I(?:nc\\.?|ncorporated)|C(?:orp\\.?|orporation|o\\.,?\\sLtd\\.?|o\\.|ompany)"
            + "|L(?:td\\.?|imited|LC|\\.L\\.C\\.|\\.P\\.|P)|plc|P(?:LC|\\.L\\.C\\.|ty\\.?\\sLtd\\.?|artners)"
            + "|S(?:\\.A\\.|A|\\.p\\.A\\.|pA|E|\\.A\\.S\\.|AS)|A(?:G|/S|SA|B)|N(?:\\.V\\.|V)|B(?:\\.V\\.|V|hd\\.?|ank)"
            + "|G(?:mbH|roup)|K(?:\\.K\\.|K)|Oyj|Holdings|Trust|Fund)";
    private static final Pattern ORG = Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s" + WORD + "){0,6}?),?\\s" + LEGAL + "(?![\\p{L}])");

    private static final int REACH = 160;
    private static final java.util.Set<String> FORM_WORDS = java.util.Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
            "ltd", "limited", "llc", "l", "lp", "plc", "p", "s", "sa", "spa", "ag", "n", "nv", "b", "bv", "gmbh", "se", "sas", "a", "asa", "ab",
            "oyj", "k", "kk", "pty", "bhd", "holdings", "group", "bank", "trust", "fund", "partners");

    private OrganizationFinder() {}

    /** The first two characters a legal form can have: a cheap test before the word is read. */
    private static boolean formPrefix(String text, int i) {
        if (i + 1 >= text.length()) return false;
        char a = text.charAt(i), b = text.charAt(i + 1);
        return switch (a) {
            case 'I' -> b == 'n' || b == 'N';
            case 'C' -> b == 'o' || b == 'O';
            case 'L' -> b == 't' || b == 'i' || b == 'L' || b == '.' || b == 'P' || b == 'T' || b == 'I';
            case 'P', 'p' -> b == 'l' || b == 'L' || b == '.' || b == 't' || b == 'a';
            case 'S' -> b == '.' || b == 'A' || b == 'p' || b == 'E';
            case 'A' -> b == 'G' || b == '/' || b == 'S' || b == 'B';
            case 'N' -> b == '.' || b == 'V';
            case 'B' -> b == '.' || b == 'V' || b == 'h' || b == 'a' || b == 'A';
            case 'G' -> b == 'm' || b == 'r' || b == 'R';
            case 'K' -> b == '.' || b == 'K';
            case 'O' -> b == 'y';
            case 'H' -> b == 'o' || b == 'O';
            case 'T' -> b == 'r' || b == 'R';
            case 'F' -> b == 'u' || b == 'U';
            default -> false;
        };
    }

    /** Where the words that can be a legal form start, in order. */
    private static int[] legalForms(String text, int[] starts) {
        int[] out = new int[16];
        int n = 0;
        for (int i : starts) {
            if (!Scan.capitalStart(text, i) && !(text.charAt(i) == 'p' && Scan.wordStart(text, i))) continue;
            if (!formPrefix(text, i) || !FORM_WORDS.contains(Scan.word(text, i, 12))) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The earliest place a name ending before the legal form at {@code form} can start: back over
     * the characters {@link #ORG} allows in a name (letters, digits, {@code &'’.-}) and at most seven
     * single blanks, and no further than {@link #REACH}. A later legal form is reached only through
     * this one, so the gate is sound for it too. No name spans two blanks in a row, a word of
     * lower-case letters that is not a particle ("the", "with"), or a comma but the one before its
     * legal form.
     */
    private static int nameFrom(String text, int form) {
        int blanks = 0, stop = Math.max(0, form - REACH);
        int k = form, wordEnd = form;
        boolean lowerCase = true;
        while (k > stop) {
            char c = text.charAt(k - 1);
            if (Scan.blank(c)) {
                if (++blanks > 7 || k < wordEnd && lowerCase && !PARTICLES.contains(text.substring(k, wordEnd))) break;
                if (k - 1 > 0 && Scan.blank(text.charAt(k - 2))) break;
                wordEnd = k - 1;
                lowerCase = true;
            } else if (c == ',') {
                if (k + 1 != form || !Scan.blank(text.charAt(k))) break;
                wordEnd = k - 1;
                lowerCase = true;
            } else if (Character.isLetter(c) || c >= '0' && c <= '9' || c == '&' || c == '\'' || c == '’' || c == '.' || c == '-') {
                if (c < 'a' || c > 'z') lowerCase = false;
            } else {
                break;
            }
            k--;
        }
        return k;
    }

    /** The words of lower-case letters {@link #WORD} lets into a name. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "du", "des", "of", "and", "la", "le", "van", "der");

    public static void find(String text, int doc, List<Entity> out) { find(text, Scan.starts(text), doc, out); }

    public static void find(String text, int[] starts, int doc, List<Entity> out) {
        int[] suffixes = legalForms(text, starts);
        if (suffixes.length == 0) return;
        int[] next = {0};
        int[] nameFrom = new int[suffixes.length];
        for (int k = 0; k < suffixes.length; k++) nameFrom[k] = nameFrom(text, suffixes[k]);
        // A name runs at most seven words before its legal form: only capitals in that run of words are tried.
        Scan.Start nearForm = (t, i) -> {
            if (!Scan.capitalStart(t, i)) return false;
            while (next[0] < suffixes.length && suffixes[next[0]] < i) next[0]++;
            return next[0] < suffixes.length && nameFrom[next[0]] <= i;
        };
        Scan.matchesAt(ORG, text, starts, nearForm, m -> {
            String first = m.group(1).split("\\s", 2)[0];
            if (PersonName.NOT_NAMES.contains(first) && !first.equals("United") && !first.equals("New")) return;
            String name = m.group().strip();
            out.add(new Entity("organization", name, name, doc, new Span(m.start(), m.end())));
        });
    }
}
