package sixk.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import sixk.pipeline.FilingReader;
import sixk.pipeline.Stages;
import sixk.record.Filer;
import sixk.record.FilingRecord;
import sixk.record.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code sixk eval --consistency DIR}: across the 6-K submissions under DIR, how often the cover
 * agrees with the SEC header where both state a value: the Commission file number with the
 * header's SEC FILE NUMBER (same serial number: a cover's 000-33295 agrees with 001-33295), and
 * the registrant's name with the header's conformed name (case, punctuation and legal-form
 * endings folded). The record keeps what the cover prints; this measures the reader, and lists
 * the filings that disagree so that a reader can see which are real disagreements.
 */
public final class ConsistencyCheck {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** One disagreement between cover and header. */
    public record Disagreement(String file, String field, String cover, String header) {}

    /** The counts of a run. */
    public static final class Result {
        int files, sixKs, numberBoth, numberAgree, nameBoth, nameAgree, failed;
        final List<Disagreement> disagreements = new ArrayList<>();

        public int files() { return files; }

        public int sixKs() { return sixKs; }

        public int numberBoth() { return numberBoth; }

        public int numberAgree() { return numberAgree; }

        public int nameBoth() { return nameBoth; }

        public int nameAgree() { return nameAgree; }

        public List<Disagreement> disagreements() { return disagreements; }

        public double numberRate() { return numberBoth == 0 ? Double.NaN : (double) numberAgree / numberBoth; }

        public double nameRate() { return nameBoth == 0 ? Double.NaN : (double) nameAgree / nameBoth; }
    }

    private final FilingReader reader;

    public ConsistencyCheck() { this(new FilingReader(Stages.structure(), false)); }

    public ConsistencyCheck(FilingReader reader) { this.reader = reader; }

    public Result run(Path dir, PrintStream err) throws IOException {
        Result r = new Result();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path f : files) {
            r.files++;
            FilingRecord rec;
            try {
                rec = reader.read(f);
            } catch (IOException | RuntimeException e) {
                r.failed++;
                err.println("sixk eval: " + f + ": " + e);
                continue;
            }
            check(rec, dir.relativize(f).toString(), r);
        }
        return r;
    }

    /** Adds one record's agreement to {@code r}; only 6-Ks with a header count. */
    static void check(FilingRecord rec, String file, Result r) {
        if (rec.form() == null || !rec.form().toUpperCase(Locale.ROOT).startsWith("6-K") || rec.header() == null) return;
        r.sixKs++;
        List<Filer> filers = rec.header().filers() == null ? List.of() : rec.header().filers();
        String number = rec.cover() == null ? null : rec.cover().commissionFileNumber();
        List<String> headerNumbers = new ArrayList<>();
        for (Filer f : filers) if (f.fileNumber() != null && !f.fileNumber().isBlank()) headerNumbers.add(f.fileNumber().strip());
        if (number != null && !headerNumbers.isEmpty()) {
            r.numberBoth++;
            String key = serial(number);
            boolean agree = false;
            for (String h : headerNumbers) agree |= key != null && key.equals(serial(h));
            if (agree) r.numberAgree++;
            else r.disagreements.add(new Disagreement(file, "commission_file_number", number, String.join(" | ", headerNumbers)));
        }
        String name = rec.cover() == null ? null : rec.cover().registrantName();
        List<String> headerNames = new ArrayList<>();
        for (Filer f : filers) if (f.name() != null && !f.name().isBlank()) headerNames.add(f.name().strip());
        if (name != null && !headerNames.isEmpty()) {
            r.nameBoth++;
            String key = TextFold.name(name);
            boolean agree = false;
            for (String h : headerNames) agree |= key.equals(TextFold.name(h));
            if (agree) r.nameAgree++;
            else r.disagreements.add(new Disagreement(file, "registrant_name", name, String.join(" | ", headerNames)));
        }
    }

    /** The serial number of a file number: its longest digit group without leading zeros ("001-33295" → "33295"). */
    static String serial(String fileNumber) {
        Matcher m = DIGITS.matcher(fileNumber);
        String best = null;
        while (m.find()) if (best == null || m.group().length() > best.length()) best = m.group();
        if (best == null) return null;
        String s = best.replaceFirst("^0+(?=\\d)", "");
        return s;
    }

    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "sixk eval --consistency: %d files, %d 6-K submissions with a header%n", r.files, r.sixKs);
        out.printf(Locale.ROOT, "commission file number agrees with the header: %d of %d (%s)%n", r.numberAgree, r.numberBoth, pct(r.numberRate()));
        out.printf(Locale.ROOT, "registrant name agrees with the header:        %d of %d (%s)%n", r.nameAgree, r.nameBoth, pct(r.nameRate()));
        if (!r.disagreements.isEmpty()) {
            out.printf(Locale.ROOT, "%ndisagreements (file, field, cover, header)%n");
            for (Disagreement d : r.disagreements) out.println(d.file() + "\t" + d.field() + "\t" + d.cover() + "\t" + d.header());
        }
    }

    public static ObjectNode toJson(Result r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("files", r.files);
        o.put("six_k_submissions", r.sixKs);
        ObjectNode n = o.putObject("commission_file_number");
        n.put("both", r.numberBoth);
        n.put("agree", r.numberAgree);
        rate(n, r.numberRate());
        ObjectNode m = o.putObject("registrant_name");
        m.put("both", r.nameBoth);
        m.put("agree", r.nameAgree);
        rate(m, r.nameRate());
        ArrayNode list = o.putArray("disagreements");
        for (Disagreement d : r.disagreements) {
            ObjectNode x = list.addObject();
            x.put("file", d.file());
            x.put("field", d.field());
            x.put("cover", d.cover());
            x.put("header", d.header());
        }
        return o;
    }

    private static void rate(ObjectNode o, double v) {
        if (Double.isNaN(v)) o.putNull("rate");
        else o.put("rate", Math.round(v * 10000) / 10000.0);
    }

    private static String pct(double v) { return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v); }
}
