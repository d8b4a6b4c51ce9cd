package sixk.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognizes inputs that are data about filings, not filings: JSON (EDGAR's APIs), CSV and
 * tab-separated tables, EDGAR's index files and its filing index pages. Read as a filing, such a
 * file gave a record of nothing with an event made up from a row of figures; the reader now says
 * what it is instead. Only inputs without an SEC header are asked: a submission is a filing
 * whatever its documents hold.
 */
public final class NotAFiling {
    /** How far into the input the tests look. */
    private static final int HEAD = 4096;

    private NotAFiling() {}

    /** What the input is when it is not a filing ("JSON data", "an EDGAR index file", …), else null. */
    public static String what(ByteBuffer bytes, String name) {
        int from = bytes.position(), n = Math.min(bytes.limit() - from, HEAD);
        byte[] b = new byte[n];
        bytes.duplicate().get(b);
        String head = new String(b, StandardCharsets.ISO_8859_1);
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int p = skipBlanks(head, head.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0);
        if (json(head, p)) return "JSON data";
        // The header every EDGAR full and daily index (form.idx, company.idx, master.idx) opens with.
        if (head.startsWith("Description:", p) && head.contains("\nLast Data Received:")) return "an EDGAR index file";
        if (head.regionMatches(true, p, "<!DOCTYPE html", 0, 14) || head.regionMatches(true, p, "<html", 0, 5)) {
            // EDGAR's page listing a filing's documents (…-index.htm), saved from sec.gov: links, not the filing.
            return head.contains("<title>EDGAR Filing Documents for ") ? "an EDGAR filing index page" : null;
        }
        if (lower.endsWith(".csv") && table(head, p, ',')) return "a CSV table";
        if ((lower.endsWith(".tsv") || lower.endsWith(".tab")) && table(head, p, '\t')) return "a tab-separated table";
        return null;
    }

    /** An object that opens with a quoted key and a colon, or an array of objects, strings or arrays. */
    private static boolean json(String s, int p) {
        if (p >= s.length()) return false;
        char c = s.charAt(p);
        if (c == '{') return objectStart(s, skipBlanks(s, p + 1));
        if (c != '[') return false;
        int q = skipBlanks(s, p + 1);
        if (q >= s.length()) return false;
        char d = s.charAt(q);
        if (d == '{') return objectStart(s, skipBlanks(s, q + 1));
        if (d == '[') return json(s, q);
        if (d == '"') {
            int end = stringEnd(s, q);
            if (end < 0) return false;
            int r = skipBlanks(s, end + 1);
            return r < s.length() && (s.charAt(r) == ',' || s.charAt(r) == ']');
        }
        return false;
    }

    /** {@code "key":} or {@code }}: what a JSON object holds first. */
    private static boolean objectStart(String s, int p) {
        if (p >= s.length()) return false;
        if (s.charAt(p) == '}') return true;
        if (s.charAt(p) != '"') return false;
        int end = stringEnd(s, p);
        if (end < 0) return false;
        int r = skipBlanks(s, end + 1);
        return r < s.length() && s.charAt(r) == ':';
    }

    /** The closing quote of the string opened at {@code p}, or -1 when it does not close on its line. */
    private static int stringEnd(String s, int p) {
        for (int i = p + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '"') return i;
            if (c == '\n') return -1;
        }
        return -1;
    }

    /**
     * Rows of delimited fields: the first lines (up to five) hold the same number (at least one)
     * of separators outside quotes. Prose split into lines does not.
     */
    private static boolean table(String s, int p, char separator) {
        int expected = -1, lines = 0;
        int i = p;
        while (i < s.length() && lines < 5) {
            int end = s.indexOf('\n', i);
            if (end < 0) break;  // a line cut by the end of the sample is not counted
            int count = 0;
            boolean quoted = false;
            for (int k = i; k < end; k++) {
                char c = s.charAt(k);
                if (c == '"') quoted = !quoted;
                else if (c == separator && !quoted) count++;
            }
            if (end > i + 1 || (end == i + 1 && s.charAt(i) != '\r')) {
                if (expected < 0) expected = count;
                else if (count != expected) return false;
                lines++;
            }
            i = end + 1;
        }
        return expected > 0 && lines >= 2;
    }

    private static int skipBlanks(String s, int p) {
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\n' || s.charAt(p) == '\r' || s.charAt(p) == '\t')) p++;
        return p;
    }
}
