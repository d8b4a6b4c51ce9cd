package sixk.text;

/**
 * List bullets as filings print them: a glyph and a blank before the item ("- FY08 Revenue Grew 74%",
 * "•⇥Net sales up 12%"). Word's bullets in the Symbol and Wingdings fonts come out as a letter or a
 * private-use glyph ("o⇥No Change in Composition …", "§", "Ø", U+F0B7); a letter counts only before
 * a capital, so that "o the" is no bullet.
 */
public final class Bullets {
    private static final String GLYPHS = "-–—•·*▪◦○■□►➢\uF0A7\uF0B7\uF0D8";

    private Bullets() {}

    /** Whether text[k, end) opens with a bullet. */
    public static boolean at(CharSequence text, int k, int end) {
        if (k + 2 >= end) return false;
        char blank = text.charAt(k + 1);
        if (blank != ' ' && blank != '\t') return false;
        char c = text.charAt(k);
        if (c == 'o' || c == '\u00A7' || c == '\u00D8') return Character.isUpperCase(text.charAt(k + 2));
        return GLYPHS.indexOf(c) >= 0;
    }
}
