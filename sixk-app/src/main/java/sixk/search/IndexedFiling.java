package sixk.search;

import sixk.record.DocumentInfo;
import sixk.record.Event;
import sixk.record.FilingRecord;
import sixk.record.PressRelease;
import sixk.record.Ticker;
import sixk.store.FilingStore;
import sixk.table.RecordTables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What the index keeps of a filing: its fields and facets, and the text of each prose document. */
public record IndexedFiling(String id, String form, String company, String cik, String filed, String country, List<String> events,
                            List<String> tickers, String headline, List<Doc> documents) {
    public record Doc(int n, String type, String text) {}

    public static IndexedFiling of(FilingRecord r) {
        var row = RecordTables.rows(r).get(RecordTables.FILINGS).get(0);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < r.documents().size(); i++) {
            DocumentInfo d = r.documents().get(i);
            if (isProse(d.format()) && !r.text(i).isBlank()) docs.add(new Doc(i, d.type(), r.text(i)));
        }
        List<String> tickers = new ArrayList<>();
        for (PressRelease p : r.pressReleases()) for (Ticker t : p.tickers()) tickers.add(t.symbol());
        return new IndexedFiling(r.id(), r.form(), (String) row[6], (String) row[5], (String) row[3], (String) row[7],
                r.events().stream().map(Event::type).distinct().toList(), tickers, (String) row[10], docs);
    }

    /** The same, read back from the store (used to catch the index up after a crash). */
    public static IndexedFiling of(FilingStore store, String id) throws IOException {
        List<Map<String, Object>> f = store.query("SELECT form, company, cik, CAST(filed_date AS VARCHAR) AS filed, country, event_types, tickers, headline FROM filings WHERE id = ?", id);
        if (f.isEmpty()) return null;
        Map<String, Object> row = f.get(0);
        List<Doc> docs = new ArrayList<>();
        for (Map<String, Object> d : store.query("SELECT n, type, format, text FROM documents WHERE filing_id = ? ORDER BY n", id)) {
            String text = (String) d.get("text");
            if (isProse((String) d.get("format")) && text != null && !text.isBlank()) docs.add(new Doc((Integer) d.get("n"), (String) d.get("type"), text));
        }
        List<String> tickers = new ArrayList<>();
        for (String t : split((String) row.get("tickers"))) tickers.add(t.substring(t.indexOf(':') + 1));
        return new IndexedFiling(id, (String) row.get("form"), (String) row.get("company"), (String) row.get("cik"), (String) row.get("filed"),
                (String) row.get("country"), split((String) row.get("event_types")), tickers, (String) row.get("headline"), docs);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }

    private static boolean isProse(String format) {
        return "html".equals(format) || "text".equals(format) || "pdf".equals(format) || "image".equals(format);
    }
}
