package sixk.table;

import sixk.record.FilingRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a full-text index keeps of a filing: its fields and facets, and the text of each prose
 * document. It is read from the filing's rows of {@link RecordTables} — from a record, from the
 * store, or from a Spark partition — so the embedded index and an OpenSearch cluster take the same
 * values, normalized here once: the form upper-cased, the CIK without leading zeros, the tickers as
 * upper-cased symbols, the year from the filing date.
 */
public record IndexedFiling(String id, String form, String company, String cik, String filed, String country, List<String> events,
                            List<String> tickers, String headline, List<Doc> documents) {
    /** One document of the filing: its position in the record, its type and its text. */
    public record Doc(int n, String type, String text) {}

    private static final List<Column> F = RecordTables.FILINGS.columns(), D = RecordTables.DOCUMENTS.columns();
    private static final int F_ID = F.indexOf(Column.text("id")), F_FORM = F.indexOf(Column.text("form")),
            F_COMPANY = F.indexOf(Column.text("company")), F_CIK = F.indexOf(Column.text("cik")),
            F_FILED = F.indexOf(Column.date("filed_date")), F_COUNTRY = F.indexOf(Column.text("country")),
            F_EVENTS = F.indexOf(Column.text("event_types")), F_TICKERS = F.indexOf(Column.text("tickers")),
            F_HEADLINE = F.indexOf(Column.text("headline"));
    private static final int D_N = D.indexOf(Column.integer("n")), D_TYPE = D.indexOf(Column.text("type")),
            D_FORMAT = D.indexOf(Column.text("format")), D_TEXT = D.indexOf(Column.text("text"));

    public IndexedFiling {
        form = form == null ? null : form.toUpperCase(Locale.ROOT);
        cik = cik == null ? null : cik(cik);
        tickers = tickers.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
        events = List.copyOf(events);
        documents = List.copyOf(documents);
    }

    /** The year of the filing date ("2002"), or null when the date is unknown. */
    public String year() {
        return filed == null || filed.length() < 4 ? null : filed.substring(0, 4);
    }

    public static IndexedFiling of(FilingRecord r) {
        return of(RecordTables.rows(r));
    }

    /** From a record's rows (as {@link RecordTables#rows} gives them). */
    public static IndexedFiling of(Map<Table, List<Object[]>> rows) {
        return of(rows.get(RecordTables.FILINGS).get(0), rows.get(RecordTables.DOCUMENTS));
    }

    /**
     * From the filing's row and its document rows, in the column order of {@link RecordTables};
     * dates may be strings or date objects (whatever the row's source gives), read as ISO text.
     */
    public static IndexedFiling of(Object[] filing, List<Object[]> documents) {
        List<Doc> docs = new ArrayList<>();
        for (Object[] d : documents) {
            String text = (String) d[D_TEXT];
            if (isProse((String) d[D_FORMAT]) && text != null && !text.isBlank()) {
                docs.add(new Doc(((Number) d[D_N]).intValue(), (String) d[D_TYPE], text));
            }
        }
        List<String> tickers = new ArrayList<>();
        for (String t : split(filing[F_TICKERS])) tickers.add(t.substring(t.indexOf(':') + 1));
        return new IndexedFiling((String) filing[F_ID], (String) filing[F_FORM], (String) filing[F_COMPANY], (String) filing[F_CIK],
                filing[F_FILED] == null ? null : filing[F_FILED].toString(), (String) filing[F_COUNTRY], split(filing[F_EVENTS]),
                tickers, (String) filing[F_HEADLINE], docs);
    }

    /** A CIK as the index keeps it: without leading zeros, so "0001141197" and "1141197" are one. */
    public static String cik(String cik) {
        String s = cik.strip();
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') i++;
        return s.substring(i);
    }

    private static List<String> split(Object s) {
        return s == null || s.toString().isBlank() ? List.of() : Arrays.asList(s.toString().strip().split("\\s+"));
    }

    /** Documents with prose to search (not XBRL, images without OCR text, archives). */
    private static boolean isProse(String format) {
        return "html".equals(format) || "text".equals(format) || "pdf".equals(format) || "image".equals(format);
    }
}
