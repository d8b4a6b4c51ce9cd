package sixk.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The folding of the gold README's scoring rules: text fields match when equal after folding
 * case, accents, punctuation and white space; names also drop their legal-form endings
 * ("Inc", "Ltd", "plc", "N.V.", "S.A.", "AG", "Corp", "Co" and their long forms).
 */
public final class TextFold {
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "ltd", "limited", "plc", "nv", "sa", "ag",
            "corp", "corporation", "co", "company", "llc", "lp", "llp", "se", "spa", "bv", "ab", "asa", "oyj", "kk", "sarl",
            "gmbh", "aktiengesellschaft", "lda", "srl", "pte", "pty", "bhd", "tbk", "cv");

    private TextFold() {}

    /** Case, accents, punctuation and white space folded; "&" reads "and". Null stays null. */
    public static String text(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        for (String t : tokens(s)) b.append(t);
        return b.toString();
    }

    /** {@link #text} without the legal-form endings of a company name. */
    public static String name(String s) {
        if (s == null) return null;
        List<String> t = tokens(s);
        while (t.size() > 1 && LEGAL_FORMS.contains(t.get(t.size() - 1))) t.remove(t.size() - 1);
        StringBuilder b = new StringBuilder();
        for (String x : t) b.append(x);
        return b.toString();
    }

    /**
     * Lower-case words without accents; periods inside abbreviations join their letters ("N.V." is "nv"),
     * and runs of single letters are one word ("N V" is "nv"), so that a header's "ABN AMRO HOLDING N V"
     * and a cover's "ABN AMRO HOLDING N.V." fold alike.
     */
    static List<String> tokens(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '.' || c == '\'' || c == '\u2019') continue;
            if (c == '&') {
                flush(w, out);
                out.add("and");
                continue;
            }
            if (Character.isLetterOrDigit(c)) w.append(Character.toLowerCase(c));
            else flush(w, out);
        }
        flush(w, out);
        List<String> merged = new ArrayList<>();
        boolean letterRun = false;
        for (String t : out) {
            boolean single = t.length() == 1 && Character.isLetter(t.charAt(0));
            if (single && letterRun) merged.set(merged.size() - 1, merged.get(merged.size() - 1) + t);
            else merged.add(t);
            letterRun = single;
        }
        return merged;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(w.toString());
            w.setLength(0);
        }
    }
}
