package sixk.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import sixk.entity.MoneyAmount;
import sixk.record.DocumentInfo;
import sixk.record.Entity;
import sixk.record.Event;
import sixk.record.Filer;
import sixk.record.FilingRecord;
import sixk.record.Json;
import sixk.record.PressRelease;
import sixk.record.Signature;
import sixk.record.Ticker;
import sixk.record.Warning;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static sixk.table.Column.*;

/**
 * The record as tables: one row per filing, document, signature, exhibit, press release, event,
 * entity and warning, keyed by the filing id and the part's position. The embedded store, the
 * Parquet/CSV export and the Spark job all write these rows, so their schemas are one.
 */
public final class RecordTables {
    public static final Table FILINGS = new Table("filings", List.of(text("id"), text("accession"), text("form"), date("filed_date"),
            date("period"), text("cik"), text("company"), text("country"), text("file_number"), text("report_month"), text("headline"),
            text("event_types"), text("tickers"), text("source_path"), text("sha256"), bigint("bytes"), integer("documents"), integer("year"),
            text("record")));
    public static final Table DOCUMENTS = new Table("documents", List.of(text("filing_id"), integer("n"), integer("sequence"), text("type"),
            text("filename"), text("description"), text("format"), text("exhibit_number"), text("title"), integer("chars"), text("text")));
    public static final Table SIGNATURES = new Table("signatures", List.of(text("filing_id"), integer("n"), text("registrant"),
            text("name"), text("title"), date("date")));
    public static final Table EXHIBITS = new Table("exhibits", List.of(text("filing_id"), integer("n"), integer("document"),
            text("number"), text("type"), text("title"), bool("press_release")));
    public static final Table PRESS_RELEASES = new Table("press_releases", List.of(text("filing_id"), integer("n"), integer("document"),
            text("headline"), text("dateline_city"), text("dateline_country"), date("dateline_date"), text("tickers"), integer("quotes")));
    public static final Table EVENTS = new Table("events", List.of(text("filing_id"), integer("n"), text("type"), real("confidence"),
            integer("document"), integer("span_start"), integer("span_end"), text("sentence"), real("amount_value"), text("amount_currency"),
            text("counterparty"), text("period"), text("person"), text("facts"), date("filed_date"), text("cik"), text("company")));
    public static final Table ENTITIES = new Table("entities", List.of(text("filing_id"), integer("n"), text("kind"), text("text"),
            text("value"), integer("document"), integer("span_start"), integer("span_end")));
    public static final Table WARNINGS = new Table("warnings", List.of(text("filing_id"), integer("n"), text("code"), text("message"),
            integer("document")));

    public static final List<Table> ALL = List.of(FILINGS, DOCUMENTS, SIGNATURES, EXHIBITS, PRESS_RELEASES, EVENTS, ENTITIES, WARNINGS);

    private RecordTables() {}

    /** The rows of one record, table by table (every table present, possibly with no rows). */
    public static Map<Table, List<Object[]>> rows(FilingRecord r) {
        Map<Table, List<Object[]>> out = new LinkedHashMap<>();
        for (Table t : ALL) out.put(t, new ArrayList<>());
        String id = r.id();
        Filer filer = r.header() == null ? null : r.header().primaryFiler();
        String company = r.cover() != null && r.cover().registrantName() != null ? r.cover().registrantName() : filer == null ? null : filer.name();
        String filed = filedDate(r);
        StringJoiner types = new StringJoiner(" ");
        r.events().stream().map(Event::type).distinct().forEach(types::add);
        StringJoiner tickers = new StringJoiner(" ");
        for (PressRelease p : r.pressReleases()) for (Ticker t : p.tickers()) tickers.add(t.exchange() + ":" + t.symbol());
        String headline = r.pressReleases().stream().map(PressRelease::headline).filter(h -> h != null).findFirst().orElse(null);
        String country = r.cover() != null && r.cover().principalOffice() != null ? r.cover().principalOffice().country() : null;
        String fileNumber = r.cover() != null && r.cover().commissionFileNumber() != null ? r.cover().commissionFileNumber()
                : filer == null ? null : filer.fileNumber();
        out.get(FILINGS).add(new Object[]{id, r.accession(), r.form(), filed, r.header() == null ? null : r.header().periodOfReport(),
                filer == null ? null : filer.cik(), company, country, fileNumber, r.cover() == null ? null : r.cover().reportMonth(), headline,
                types.toString(), tickers.toString(), r.source().path(), r.source().sha256(), r.source().bytes(), r.documents().size(),
                filed == null ? null : Integer.valueOf(filed.substring(0, 4)), json(r)});
        for (int i = 0; i < r.documents().size(); i++) {
            DocumentInfo d = r.documents().get(i);
            out.get(DOCUMENTS).add(new Object[]{id, i, d.sequence(), d.type(), d.filename(), d.description(), d.format(), d.exhibitNumber(),
                    d.title(), d.chars(), r.text(i)});
            if (d.exhibitNumber() != null) {
                int doc = i;
                boolean press = r.pressReleases().stream().anyMatch(p -> p.document() == doc);
                out.get(EXHIBITS).add(new Object[]{id, out.get(EXHIBITS).size(), i, d.exhibitNumber(), d.type(), d.title(), press});
            }
        }
        for (int i = 0; i < r.signatures().size(); i++) {
            Signature s = r.signatures().get(i);
            out.get(SIGNATURES).add(new Object[]{id, i, s.registrant(), s.name(), s.title(), s.date()});
        }
        for (int i = 0; i < r.pressReleases().size(); i++) {
            PressRelease p = r.pressReleases().get(i);
            StringJoiner t = new StringJoiner(" ");
            for (Ticker k : p.tickers()) t.add(k.exchange() + ":" + k.symbol());
            out.get(PRESS_RELEASES).add(new Object[]{id, i, p.document(), p.headline(), p.dateline() == null ? null : p.dateline().city(),
                    p.dateline() == null ? null : p.dateline().country(), p.dateline() == null ? null : p.dateline().date(), t.toString(),
                    p.quotes().size()});
        }
        for (int i = 0; i < r.events().size(); i++) {
            Event e = r.events().get(i);
            MoneyAmount amount = e.facts().get("amount") instanceof MoneyAmount m ? m : null;
            out.get(EVENTS).add(new Object[]{id, i, e.type(), e.confidence(), e.evidence().document(), e.evidence().span().start(),
                    e.evidence().span().end(), e.evidence().text(), amount == null ? null : amount.asDouble(),
                    amount == null ? null : amount.currency(), str(e.facts().get("counterparty")), str(e.facts().get("period")),
                    str(e.facts().get("person")), json(e.facts()), filed, filer == null ? null : filer.cik(), company});
        }
        for (int i = 0; i < r.entities().size(); i++) {
            Entity e = r.entities().get(i);
            out.get(ENTITIES).add(new Object[]{id, i, e.kind(), e.text(), json(e.value()), e.document(), e.span().start(), e.span().end()});
        }
        for (int i = 0; i < r.warnings().size(); i++) {
            Warning w = r.warnings().get(i);
            out.get(WARNINGS).add(new Object[]{id, i, w.code(), w.message(), w.document()});
        }
        return out;
    }

    /**
     * The filing date: the header's FILED AS OF DATE; without a header (a document saved alone, a
     * paper filing), the first signature's date. Null when neither is stated.
     */
    public static String filedDate(FilingRecord r) {
        String d = r.header() == null ? null : r.header().filedAsOf();
        if (d == null) d = r.signatures().stream().map(Signature::date).filter(x -> x != null).findFirst().orElse(null);
        return d != null && d.matches("\\d{4}-\\d{2}-\\d{2}") ? d : null;
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }

    private static String json(Object o) {
        try {
            return Json.COMPACT.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
