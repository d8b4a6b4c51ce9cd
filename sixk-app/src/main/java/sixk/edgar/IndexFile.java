package sixk.edgar;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EDGAR index file (form.idx, company.idx, master.idx; full-index or daily-index) read into
 * rows. form.idx and company.idx are fixed-width, but long company names overflow their column,
 * so a row is read from the right (file name, date, CIK) and only the rest is split at the column
 * the header line gives. A line that does not read is skipped with a warning naming it.
 */
public final class IndexFile {
    /** Date, CIK and file name at the end of a fixed-width row. */
    private static final Pattern ROW_TAIL = Pattern.compile("^(.*?)\\s+(\\d{1,10})\\s+(\\d{8}|\\d{4}-\\d{2}-\\d{2})\\s+(\\S+)\\s*$");
    private static final Pattern TWO_SPACES = Pattern.compile("\\s{2,}");

    public record Row(long cik, String company, String form, LocalDate filed, String fileName) {
        /** The accession number, from the file name (edgar/data/CIK/ACCESSION.txt). */
        public String accession() {
            String f = fileName.substring(fileName.lastIndexOf('/') + 1);
            return f.endsWith(".txt") ? f.substring(0, f.length() - 4) : f;
        }
    }

    private IndexFile() {}

    /**
     * Reads an index. {@code name} is how warnings name the file. Rows whose file name is not an
     * archive path (edgar/data/CIK/ACCESSION.txt) are skipped with a warning: sixk builds URLs
     * from them.
     */
    public static List<Row> parse(byte[] bytes, String name, Consumer<String> warn) {
        List<Row> rows = new ArrayList<>();
        try {
            read(new ByteArrayInputStream(bytes), name, warn, rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array does not fail
        }
        return rows;
    }

    /**
     * Reads an index as it streams in, row by row: a quarter's full index has hundreds of
     * thousands of rows, of which a query keeps a few.
     */
    public static void read(InputStream stream, String name, Consumer<String> warn, Consumer<Row> rows) throws IOException {
        // Not closed here: the stream is the caller's (the HTTP client reads it to its end to check its length).
        BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.ISO_8859_1), 1 << 16);
        String line;
        int number = 0;
        String header = null;
        boolean data = false;
        int splitAt = -1;
        boolean formFirst = true;
        boolean pipes = false;
        while ((line = in.readLine()) != null) {
            number++;
            if (!data) {
                if (line.startsWith("---")) {
                    data = true;
                    if (header == null) warn.accept(name + " line " + number + ": no column header before the rule; reading rows anyway");
                    continue;
                }
                if (line.contains("Form Type") && (line.contains("Company Name") || line.contains("CIK"))) {
                    header = line;
                    pipes = line.contains("|");
                    int form = line.indexOf("Form Type");
                    int company = line.indexOf("Company Name");
                    formFirst = company < 0 || form < company;
                    splitAt = formFirst ? company : form;
                }
                continue;
            }
            if (line.isBlank()) continue;
            Row row = pipes ? pipeRow(line) : fixedRow(line, splitAt, formFirst);
            if (row == null) {
                warn.accept(name + " line " + number + ": malformed index line skipped: \"" + shorten(line) + "\"");
            } else if (!EdgarSite.isArchiveFile(row.fileName()) || !FilingRef.ACCESSION.matcher(row.accession()).matches()) {
                warn.accept(name + " line " + number + ": file name is not an EDGAR archive path, skipped: \"" + shorten(line) + "\"");
            } else {
                rows.accept(row);
            }
        }
        if (!data && number > 0) warn.accept(name + ": no index header found (not an EDGAR index?); no rows read");
    }

    private static Row pipeRow(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length != 5) return null;
        LocalDate filed = date(f[3].strip());
        Long cik = cik(f[0].strip());
        if (filed == null || cik == null || f[2].isBlank() || f[4].isBlank()) return null;
        return new Row(cik, f[1].strip(), f[2].strip(), filed, f[4].strip());
    }

    private static Row fixedRow(String line, int splitAt, boolean formFirst) {
        Matcher m = ROW_TAIL.matcher(line);
        if (!m.matches()) return null;
        LocalDate filed = date(m.group(3));
        Long cik = cik(m.group(2));
        if (filed == null || cik == null) return null;
        String left = m.group(1);
        String first;
        String second;
        if (splitAt > 0 && splitAt < left.length() && left.charAt(splitAt - 1) == ' ' && left.charAt(splitAt) != ' ') {
            first = left.substring(0, splitAt).strip();
            second = left.substring(splitAt).strip();
        } else {
            // The first column overflowed into the second: split at a run of two or more spaces instead.
            Matcher gap = TWO_SPACES.matcher(left.strip());
            String l = left.strip();
            int at = -1;
            int end = -1;
            while (gap.find()) {
                at = gap.start();
                end = gap.end();
                if (formFirst) break; // form types are short: the first gap ends them; company names may hold a gap
            }
            if (at < 0) return null;
            first = l.substring(0, at).strip();
            second = l.substring(end).strip();
        }
        if (first.isEmpty() || second.isEmpty()) return null;
        String form = formFirst ? first : second;
        String company = formFirst ? second : first;
        return new Row(cik, company, form, filed, m.group(4));
    }

    private static LocalDate date(String s) {
        try {
            if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 4, 6, 10), Integer.parseInt(s, 6, 8, 10));
            }
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Long cik(String s) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(Character::isDigit)) return null;
        long v = Long.parseLong(s);
        return v > 0 ? v : null;
    }

    static String shorten(String line) {
        String s = line.strip();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
