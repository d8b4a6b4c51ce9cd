package sixk.edgar;

import java.io.IOException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lists the filings a query wants: for a company from its submissions JSON (following the older
 * pages whose dates overlap the range), for a form across all companies from the index files —
 * one daily index per weekday for a short range, one full index per quarter for a long one.
 */
public final class FilingLister {
    /** Up to this many days, daily indexes (one small file a day) beat a quarter's full index (tens of MB). */
    static final int DAILY_INDEX_MAX_DAYS = 14;
    static final long JSON_MAX = 64L << 20;

    private final EdgarClient client;
    private final EdgarSite site;
    private final Consumer<String> warn;
    private TickerTable tickers;

    public FilingLister(EdgarClient client, EdgarSite site, Consumer<String> warn) {
        this.client = client;
        this.site = site;
        this.warn = warn;
    }

    /** The ticker table, read once per process (one request). */
    public synchronized TickerTable tickers() throws IOException, InterruptedException {
        if (tickers == null) {
            URI u = site.companyTickers();
            byte[] json = client.getBytes(u, JSON_MAX).orElseThrow(() -> new EdgarException("EDGAR has no " + u));
            tickers = TickerTable.parse(json, "company_tickers.json", warn);
        }
        return tickers;
    }

    /** A company's filings matching the query, newest first as EDGAR lists them. */
    public List<FilingRef> byCompany(long cik, FetchQuery q) throws IOException, InterruptedException {
        URI first = site.submissions(cik);
        Optional<byte[]> json = client.getBytes(first, JSON_MAX);
        if (json.isEmpty()) {
            warn.accept("EDGAR has no submissions for CIK " + cik + " (" + first + ")");
            return List.of();
        }
        String name = "CIK" + EdgarSite.cik10(cik) + ".json";
        CompanyFilings page = CompanyFilings.parse(json.get(), cik, name, warn);
        List<FilingRef> out = new ArrayList<>();
        page.filings().stream().filter(q::wants).forEach(out::add);
        for (CompanyFilings.OlderPage older : page.olderPages()) {
            if (!older.overlaps(q.from(), q.to())) continue;
            Optional<byte[]> more = client.getBytes(site.submissionsPage(older.name()), JSON_MAX);
            if (more.isEmpty()) {
                warn.accept("EDGAR has no " + older.name() + " although " + name + " lists it; skipped");
                continue;
            }
            CompanyFilings.parse(more.get(), cik, older.name(), warn).filings().stream()
                    .map(f -> f.company() == null ? new FilingRef(f.cik(), f.accession(), f.form(), page.company(), f.filed()) : f)
                    .filter(q::wants).forEach(out::add);
        }
        return out;
    }

    /** Every filing of the query's forms filed in [from, to], from the index files; one entry per accession. */
    public List<FilingRef> byIndex(FetchQuery q, IndexKind kind) throws IOException, InterruptedException {
        if (q.from() == null || q.to() == null) throw new IllegalArgumentException("a query across all companies needs --from (and --to, default today)");
        Map<String, FilingRef> out = new LinkedHashMap<>();
        long days = q.to().toEpochDay() - q.from().toEpochDay() + 1;
        if (days <= DAILY_INDEX_MAX_DAYS) {
            for (LocalDate d = q.from(); !d.isAfter(q.to()); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) continue;
                // No daily index on a holiday, nor yet for today before EDGAR's evening run: nothing was filed, or not yet.
                collect(site.dailyIndex(d, kind), kind.file() + "." + EdgarSite.yyyymmdd(d) + ".idx", q, out);
            }
        } else {
            int y = q.from().getYear();
            int qt = EdgarSite.quarter(q.from());
            int lastKey = q.to().getYear() * 4 + EdgarSite.quarter(q.to()) - 1;
            for (int key = y * 4 + qt - 1; key <= lastKey; key++) {
                int year = key / 4;
                int quarter = key % 4 + 1;
                URI u = site.fullIndex(year, quarter, kind);
                if (!collect(u, year + "/QTR" + quarter + "/" + kind.file() + ".idx", q, out)) {
                    warn.accept("EDGAR has no full index for " + year + " QTR" + quarter + " (" + u + ")");
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Streams one index into {@code out}; false when EDGAR has no such file. A retried download
     * passes the same rows again, which the map keeps once.
     */
    private boolean collect(URI u, String name, FetchQuery q, Map<String, FilingRef> out) throws IOException, InterruptedException {
        return client.fetch(u, body -> {
            IndexFile.read(body, name, warn, r -> {
                if (!q.wantsForm(r.form()) || !q.wantsDate(r.filed())) return;
                // A filing with several filers is listed once per filer: the first listing is enough to fetch it.
                out.putIfAbsent(r.accession(), new FilingRef(r.cik(), r.accession(), r.form(), r.company(), r.filed()));
            });
            return true;
        }).isPresent();
    }
}
