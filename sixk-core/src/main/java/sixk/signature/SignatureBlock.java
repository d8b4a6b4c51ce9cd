package sixk.signature;

import sixk.cover.Lines;
import sixk.cover.PrintedDate;
import sixk.record.Signature;
import sixk.record.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SIGNATURES block that follows "Pursuant to the requirements of the Securities Exchange
 * Act of 1934, the registrant has duly caused this report to be signed …": the registrant, the
 * date, and for each signer the "/s/" line, the name (without "/s/", "By:" or "Name:") and the
 * title, joined over its lines. Labels may be on the value's line, in the cell before it or on
 * the line above; names and titles may also come unlabelled after the "/s/" line.
 */
public final class SignatureBlock {
    /** "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report …". */
    public static final Pattern SENTENCE = Pattern.compile(
            "pursuant\\s+to\\s+the\\s+requirements\\s+of\\s+(?:section\\s+13\\s+or\\s+15\\s*\\(d\\)\\s+of\\s+)?the\\s+securities\\s+(?:and\\s+)?exchange\\s+act"
                    + "[^.]{0,80}?the\\s+registrant\\s+has\\s+(?:duly\\s+)?caused\\s+this",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORIZED = Pattern.compile("duly\\s+authori[sz]ed|undersigned", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s|$)|\\n");
    private static final Pattern DATE_LABEL = Pattern.compile("^dated?\\b\\s*[:.]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_LABEL = Pattern.compile("^(?:place|at)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_LABEL = Pattern.compile("^by\\b\\s*[:.]?\\s*", Pattern.CASE_INSENSITIVE);
    /** "/s/ Name", "/ s / Name", and the backslashes of old text filings ("\\s\\ Name"). */
    private static final Pattern SIGNED = Pattern.compile("^[/\\\\]\\s*s\\s*[/\\\\]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** "Name:", "Name" alone in its cell, or "Name Stefan Basler" without the colon. */
    private static final Pattern NAME_LABEL = Pattern.compile("^name(?:\\s*:\\s*|\\s*$|\\s+(?=\\p{Lu}))", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_LABEL = Pattern.compile("^(?:title|its|capacity)(?:\\s*:\\s*|\\s*$)", Pattern.CASE_INSENSITIVE);
    /** Underscores a signature line is printed on, and a lone colon of a label set in its own cell. */
    private static final Pattern DECORATION = Pattern.compile("^[_:\\s]+|[_\\s]+$");
    private static final Pattern REGISTRANT_TAG = Pattern.compile("^\\(\\s*(?:the\\s+)?registrant\\s*\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESIZED = Pattern.compile("^\\((.+)\\)$");
    /** "(Signature)", "(Name)", "(Print Name and Title)": captions under a line of a signature form, not values. */
    private static final Pattern FIELD_CAPTION = Pattern.compile("\\s*(?:print(?:ed)?\\s+)?(?:signature|name|title|date|name\\s+and\\s+title)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern STOP = Pattern.compile("^(?:exhibit|index\\s+to\\s+exhibits|signatures?$|form\\s+\\d|item\\s+\\d|table\\s+of\\s+contents)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-\u2013(\\s]*\\d{1,3}[-\u2013)\\s]*$|^page\\s+\\d+", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE = Pattern.compile("^[_\\-\u2014\u2013=*\\s]{3,}$");
    private static final Pattern TAB = Pattern.compile("\t+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words of a title; a line made of a person's name has none. */
    private static final Set<String> TITLE_WORDS = Set.of("president", "officer", "director", "chief", "secretary", "counsel",
            "manager", "ceo", "cfo", "coo", "cto", "chairman", "chairperson", "chair", "treasurer", "controller", "signatory",
            "attorney", "attorney-in-fact", "vice", "head", "partner", "general", "executive", "finance", "financial",
            "authorized", "authorised", "representative", "member", "trustee", "agent", "principal", "accounting",
            "legal", "corporate", "company", "managing", "deputy", "assistant", "senior", "group", "board", "investor",
            "relations", "svp", "evp", "vp", "and", "of", "&");
    /** Words that cannot end a title line, so the next line goes on with the same title: "General / Counsel". */
    private static final Set<String> OPEN_ENDED = Set.of("and", "of", "&", "the", "for", "general", "vice", "chief",
            "senior", "executive", "deputy", "assistant", "financial", "operating", "legal", "corporate", "managing",
            "group", "head", "investor", "principal", "accounting", "-", "–");
    private static final int MAX_LINES = 60;
    /** Lines between the sentence and the first signer that are neither registrant nor label. */
    private static final int MAX_STRAY_LINES = 4;
    private static final Pattern LEGAL_FORM_END = Pattern.compile("\\b(?:inc|ltd|limited|plc|corp|corporation|company|co|n\\.v|s\\.a|ag|llc|l\\.p)\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_WORD = Pattern.compile("[^\\s,]+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:\u2013\u2014-]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[,.;:()]");
    private static final int MAX_ITEM_CHARS = 140;
    /** A line longer than this is running text, not the next line of a title. */
    private static final int MAX_TITLE_LINE = 90;

    private SignatureBlock() {}

    /** Every signer of every report-signature block in {@code text}. */
    public static List<Signature> read(String text, int document) {
        List<Signature> out = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        int from = 0;
        // Only where "pursuant" is spelled: the sentence opens with it.
        while (sixk.text.Scan.findFrom(s, text, from, text.length(), "pursuant")) {
            int end = sentenceEnd(text, s.end());
            String sentenceDate = null;
            PrintedDate.Found d = PrintedDate.find(text, s.start(), end);
            if (d != null) sentenceDate = d.date().toString();
            Parser p = new Parser(text, document, sentenceDate);
            int stop = p.parse(end);
            out.addAll(p.signatures());
            from = Math.max(stop, s.end());
        }
        return out;
    }

    /** The end of the sentence: the period after "duly authorized" (or "undersigned"). */
    private static int sentenceEnd(String text, int from) {
        int cap = Math.min(text.length(), from + 400);
        Matcher a = AUTHORIZED.matcher(text).region(from, cap);
        int after = a.find() ? a.end() : from;
        Matcher e = SENTENCE_END.matcher(text).region(after, Math.min(text.length(), after + 200));
        return e.find() ? e.end() : after;
    }

    /** One cell of a line of the block: its trimmed text and offsets. */
    private record Item(String text, int start, int end, int line, boolean firstOfLine) {}

    private enum Expect { NOTHING, DATE, SIGNER, NAME, TITLE, TITLE_MORE }

    private static final class Signer {
        String signedAs, name, date;
        final List<String> title = new ArrayList<>();
        int start = -1, end = -1, lastTitleLine = -1;
    }

    /** The state machine over the items of one block. */
    private static final class Parser {
        private final String text;
        private final int document;
        private final List<Signer> signers = new ArrayList<>();
        private final StringBuilder registrant = new StringBuilder();
        private int registrantLine = -1;
        private boolean registrantDone;
        private String date;
        private Signer current;
        private Expect expect = Expect.NOTHING;
        private int strays;

        Parser(String text, int document, String sentenceDate) {
            this.text = text;
            this.document = document;
            this.date = sentenceDate;
        }

        /** Reads items from {@code from}; returns where the block ended. */
        int parse(int from) {
            Lines lines = Lines.of(text, from, Math.min(text.length(), from + 6000));
            int last = from;
            for (int i = 0; i < lines.count() && i < MAX_LINES; i++) {
                if (lines.blank(i)) continue;
                String t = lines.trimmed(i);
                if (RULE.matcher(t).matches()) continue;
                int base = lines.trimStart(i);
                boolean first = true;
                int at = 0;
                for (String cell : TAB.split(t)) {
                    int cs = t.indexOf(cell, at);
                    at = cs + cell.length();
                    Matcher deco = DECORATION.matcher(cell);
                    String c = deco.replaceAll("");
                    if (c.isEmpty()) continue;
                    int start = base + cs + cell.indexOf(c);
                    if (!item(new Item(c, start, start + c.length(), i, first))) return last;
                    first = false;
                    last = start + c.length();
                }
            }
            return last;
        }

        /** Handles one item; false when the block has ended before it. */
        private boolean item(Item it) {
            String t = it.text;
            if (t.length() > MAX_ITEM_CHARS) return false;
            if (PAGE_NUMBER.matcher(t).matches()) return true;
            Matcher m;
            if (expect == Expect.DATE) {
                expect = Expect.NOTHING;
                PrintedDate.Found d = PrintedDate.find(t);
                if (d != null && d.start() == 0) {
                    setDate(d.date().toString());
                    rest(it, d.end());
                    return true;
                }
            }
            PrintedDate.Found lead = PrintedDate.find(t);
            if (lead != null && lead.start() == 0) {
                // A date alone on its line (under the title, or before the signer), or opening it: "May 19, 1995 By: …".
                setDate(lead.date().toString());
                if (expect == Expect.TITLE_MORE) expect = Expect.NOTHING;
                rest(it, lead.end());
                return true;
            }
            if ((m = DATE_LABEL.matcher(t)).lookingAt() && !t.regionMatches(true, 0, "date of", 0, 7)) {
                PrintedDate.Found d = PrintedDate.find(t, m.end(), t.length());
                if (d != null) {
                    setDate(d.date().toString());
                    rest(it, d.end());
                } else if (m.end() == t.length()) expect = Expect.DATE;
                else rest(it, m.end());
                return true;
            }
            if (PLACE_LABEL.matcher(t).lookingAt()) return true;
            if ((m = BY_LABEL.matcher(t)).lookingAt()) {
                // "/s/ Name" printed above "By: Name" is one signer.
                if (current == null || current.name != null || !current.title.isEmpty()) newSigner(it);
                else expect = Expect.SIGNER;
                String rest = t.substring(m.end()).strip();
                if (rest.isEmpty()) expect = Expect.SIGNER;
                else signedAs(it, rest);
                return true;
            }
            if (SIGNED.matcher(t).matches()) {
                if (current == null || current.signedAs != null || expect != Expect.SIGNER) newSigner(it);
                signedAs(it, t);
                return true;
            }
            if ((m = NAME_LABEL.matcher(t)).lookingAt()) {
                if (current == null || current.name != null && current.signedAs == null) newSigner(it);
                String rest = t.substring(m.end()).strip();
                if (rest.isEmpty()) expect = Expect.NAME;
                else { current.name = rest; expect = Expect.NOTHING; }
                touch(it);
                return true;
            }
            if ((m = TITLE_LABEL.matcher(t)).lookingAt()) {
                if (current == null) return true;
                String rest = t.substring(m.end()).strip();
                if (rest.isEmpty()) expect = Expect.TITLE;
                else addTitle(it, rest);
                touch(it);
                return true;
            }
            if (REGISTRANT_TAG.matcher(t).matches()) {
                registrantDone = true;
                return true;
            }
            if (STOP.matcher(t).lookingAt()) return false;
            switch (expect) {
                case SIGNER -> { signedAs(it, t); return true; }
                case NAME -> { current.name = t; expect = Expect.NOTHING; touch(it); return true; }
                case TITLE -> { addTitle(it, t); touch(it); return true; }
                case TITLE_MORE -> {
                    if (continuesTitle(it)) { addTitle(it, t); touch(it); return true; }
                    expect = Expect.NOTHING;
                }
                default -> { }
            }
            if ((m = PARENTHESIZED.matcher(t)).matches()) {
                if (FIELD_CAPTION.matcher(m.group(1)).matches()) return true;
                // "(Authorised Signatory)" under the signature.
                if (current != null && current.title.isEmpty()) { addTitle(it, m.group(1).strip()); touch(it); }
                return true;
            }
            if (current == null) {
                // Before the first signer: the registrant's name (over adjacent lines), else a stray line.
                if (!registrantDone && (registrant.length() == 0 || it.line == registrantLine + 1 || !it.firstOfLine)) {
                    if (registrant.length() > 0) registrant.append(' ');
                    registrant.append(t);
                    registrantLine = it.line;
                    return true;
                }
                if (registrant.length() == 0) {
                    registrant.append(t);
                    registrantLine = it.line;
                }
                return ++strays <= MAX_STRAY_LINES;
            }
            if (current.name == null && current.title.isEmpty() && isPersonName(t, current.signedAs)) {
                current.name = t;
                touch(it);
                return true;
            }
            if (current.title.isEmpty() && current.signedAs != null) {
                addTitle(it, t);
                touch(it);
                return true;
            }
            return false;
        }

        private void rest(Item it, int consumed) {
            String rest = it.text.substring(Math.min(consumed, it.text.length())).strip();
            if (rest.isEmpty()) return;
            int off = it.text.indexOf(rest, consumed);
            item(new Item(rest, it.start + off, it.end, it.line, false));
        }

        private void setDate(String d) {
            date = d;
            registrantDone = true;
            if (current != null && current.date == null) current.date = d;
        }

        private void newSigner(Item it) {
            registrantDone = true;
            current = new Signer();
            current.date = date;
            current.start = it.start;
            current.end = it.end;
            signers.add(current);
            expect = Expect.NOTHING;
        }

        private void signedAs(Item it, String s) {
            if (current == null) newSigner(it);
            String v = DECORATION.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("");
            Matcher m = SIGNED.matcher(v);
            if (current.signedAs != null && !m.matches()) {
                // The typed name under an earlier "/s/" line.
                if (current.name == null) current.name = v;
                expect = Expect.NOTHING;
                touch(it);
                return;
            }
            current.signedAs = m.matches() ? "/s/ " + m.group(1).strip() : v;
            expect = Expect.NOTHING;
            touch(it);
        }

        private void addTitle(Item it, String t) {
            current.title.add(t);
            current.lastTitleLine = it.line;
            expect = Expect.TITLE_MORE;
        }

        /** A title goes on over the next line when the lines touch, or when its last line cannot end a title. */
        private boolean continuesTitle(Item it) {
            if (!it.firstOfLine || current.title.isEmpty() || it.text.length() > MAX_TITLE_LINE) return false;
            if (isPersonName(it.text, null) && !hasTitleWord(it.text)) return false;
            String last = current.title.get(current.title.size() - 1);
            if (it.line == current.lastTitleLine + 1 || openEnded(last) || startsLower(it.text)) return true;
            // Across a blank line only what reads as a title: "Registered In-House Counsel", not the issuer's name.
            return hasTitleWord(it.text) && !LEGAL_FORM_END.matcher(it.text).find();
        }

        private void touch(Item it) {
            if (current != null) current.end = Math.max(current.end, it.end);
        }

        List<Signature> signatures() {
            String reg = registrant.length() == 0 ? null : clean(registrant.toString());
            List<Signature> out = new ArrayList<>();
            for (Signer s : signers) {
                String name = s.name;
                if (name == null && s.signedAs != null) {
                    Matcher m = SIGNED.matcher(s.signedAs);
                    name = m.matches() ? m.group(1).strip() : s.signedAs;
                }
                if (name == null || name.isEmpty()) continue;
                String d = s.date != null ? s.date : date;
                String title = s.title.isEmpty() ? null : withoutName(joinTitle(s.title), name);
                out.add(new Signature(reg, d, s.signedAs, clean(name), title, document,
                        new Span(s.start, Math.max(s.start, s.end))));
            }
            return out;
        }
    }

    /** Title lines joined with ", ", or with a space where a line was cut inside the title ("General / Counsel"). */
    static String joinTitle(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            String t = SPACES.matcher(l).replaceAll(" ").strip();
            if (b.length() > 0) {
                String prev = b.toString();
                b.append(prev.endsWith(",") || openEnded(prev) || startsLower(t) ? " " : ", ");
            }
            b.append(t);
        }
        return clean(b.toString());
    }

    /** "Edward P. Decker, Chair, President …" or "Alex Hui President, …" under the signer's line: the title without the name. */
    static String withoutName(String title, String name) {
        if (name == null) return title;
        String[] nameWords = SPACES.split(name.strip());
        Matcher w = TITLE_WORD.matcher(title);
        int k = 0, end = 0;
        while (k < nameWords.length && w.find()) {
            if (!fold(w.group()).equals(fold(nameWords[k]))) return title;
            end = w.end();
            k++;
        }
        if (k < nameWords.length) return title;
        String rest = LEADING_PUNCTUATION.matcher(title.substring(end)).replaceFirst("");
        return rest.isEmpty() ? title : rest;
    }

    private static boolean openEnded(String line) {
        String t = line.strip();
        if (t.endsWith(",") || t.endsWith("&") || t.endsWith("-")) return true;
        int sp = t.lastIndexOf(' ');
        String lastWord = (sp < 0 ? t : t.substring(sp + 1)).toLowerCase(Locale.ROOT);
        return OPEN_ENDED.contains(lastWord);
    }

    private static boolean startsLower(String t) { return !t.isEmpty() && Character.isLowerCase(t.charAt(0)); }

    /** A person's name: the signed name again, or two to five capitalised words without a title word. */
    static boolean isPersonName(String t, String signedAs) {
        if (signedAs != null) {
            Matcher m = SIGNED.matcher(signedAs);
            String signed = m.matches() ? m.group(1) : signedAs;
            if (fold(signed).equals(fold(t))) return true;
        }
        if (hasTitleWord(t)) return false;
        String[] words = SPACES.split(t.strip());
        if (words.length < 2 || words.length > 5) return false;
        for (String w : words) {
            if (w.isEmpty()) return false;
            char c = w.charAt(0);
            if (!Character.isUpperCase(c) && !(w.equals("van") || w.equals("de") || w.equals("der") || w.equals("von") || w.equals("du"))) return false;
        }
        return true;
    }

    private static boolean hasTitleWord(String t) {
        for (String w : SPACES.split(t.toLowerCase(Locale.ROOT))) {
            String k = PUNCTUATION.matcher(w).replaceAll("");
            if (TITLE_WORDS.contains(k) && !k.equals("and") && !k.equals("of") && !k.equals("&")) return true;
        }
        return false;
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** White space collapsed and trailing punctuation dropped. */
    static String clean(String s) {
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        int b = t.length();
        while (b > 0 && ".,;:".indexOf(t.charAt(b - 1)) >= 0) b--;
        return t.substring(0, b).strip();
    }
}
