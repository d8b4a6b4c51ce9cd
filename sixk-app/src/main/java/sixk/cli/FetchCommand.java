package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sixk.edgar.DirectorySink;
import sixk.edgar.EdgarClient;
import sixk.edgar.EdgarOptions;
import sixk.edgar.EdgarSite;
import sixk.edgar.FeedArchive;
import sixk.edgar.FetchQuery;
import sixk.edgar.FilingDownloader;
import sixk.edgar.FilingLister;
import sixk.edgar.FilingRef;
import sixk.edgar.FilingSink;
import sixk.edgar.IndexKind;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Download filings from EDGAR politely: one full submission (.txt) per filing. By company (--cik, --ticker) from the submissions JSON; by form across all companies from the daily or quarterly index files (--form with --from); or whole days of the Feed archive (--feed). Resumable: files already complete are skipped, partial files never pass for complete. Needs a User-Agent with a contact e-mail (--user-agent or $SIXK_USER_AGENT)."})
public final class FetchCommand implements Callable<Integer> {
    /** EDGAR's dates are US Eastern: "today" is today in New York. */
    static final ZoneId EDGAR_ZONE = ZoneId.of("America/New_York");

    @Option(names = "--cik", paramLabel = "N", description = "A company's CIK (repeatable).")
    List<Long> ciks = new ArrayList<>();

    @Option(names = "--ticker", paramLabel = "T", description = "A company's ticker, resolved with EDGAR's company_tickers.json (repeatable).")
    List<String> tickers = new ArrayList<>();

    @Option(names = "--form", paramLabel = "FORM", description = "Only this form type, exactly (repeatable; e.g. 6-K, 6-K/A).")
    List<String> forms = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Filed on or after DATE (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Filed on or before DATE (default: today, US Eastern).")
    String to;

    @Option(names = "--feed", paramLabel = "DATE[..DATE]", description = "Stream the daily Feed archive(s) of these days instead.")
    String feed;

    @Option(names = "--index", paramLabel = "KIND", defaultValue = "form",
            description = "Index file for queries across companies: form, company or master (default ${DEFAULT-VALUE}).")
    String index;

    @Option(names = "--out", paramLabel = "DIR", description = "Where files go (default: filings; CIK/ACCESSION.txt, feed/YYYYMMDD/ACCESSION.nc).")
    Path out;

    @Option(names = "--ingest", description = "Also read each filing into the store and index below --data.")
    boolean ingest;

    @picocli.CommandLine.Mixin DataDir data = new DataDir();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4",
            description = "Download threads; they share one request budget (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--list", description = "Print the filings that would be fetched (TSV) and stop.")
    boolean list;

    @Option(names = {"-v", "--verbose"}, description = "A line on stderr per file written.")
    boolean verbose;

    @Mixin EdgarOptions edgar = new EdgarOptions();

    @Override public Integer call() throws InterruptedException {
        try {
            return fetchAll();
        } catch (IOException e) {
            // EDGAR unreachable after the retries, a refusal, a full disk: one line, not a stack trace.
            System.err.println("sixk fetch: " + e.getMessage());
            return 1;
        }
    }

    private int fetchAll() throws IOException, InterruptedException {
        PrintStream err = System.err;
        Consumer<String> warn = m -> err.println("sixk fetch: warning: " + m);
        Consumer<String> progress = verbose ? m -> err.println("sixk fetch: " + m) : m -> { };
        EdgarClient client;
        EdgarSite site;
        FetchQuery query;
        try {
            client = edgar.client(warn);
            site = edgar.site();
            if (threads < 1 || threads > 32) throw new IllegalArgumentException("--threads must be 1 to 32");
            query = new FetchQuery(Set.copyOf(forms), date("--from", from), to == null ? null : date("--to", to));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        long start = System.nanoTime();
        FilingLister lister = new FilingLister(client, site, warn);
        Set<Long> companies = new LinkedHashSet<>(ciks);
        for (String t : tickers) {
            long cik = lister.tickers().cik(t).orElseThrow(() -> new UserException("unknown ticker " + t + " (not in EDGAR's company_tickers.json)"));
            companies.add(cik);
        }
        if (feed != null) return feed(client, site, query, companies, warn, progress, start);

        List<FilingRef> refs = new ArrayList<>();
        if (!companies.isEmpty()) {
            for (long cik : companies) refs.addAll(lister.byCompany(cik, query));
        } else {
            if (query.from() == null) throw new UserException("name a company (--cik, --ticker), or give --from for a query across all companies");
            if (query.forms().isEmpty()) throw new UserException("a query across all companies needs --form (e.g. --form 6-K)");
            FetchQuery ranged = new FetchQuery(query.forms(), query.from(), query.to() != null ? query.to() : LocalDate.now(EDGAR_ZONE));
            IndexKind kind;
            try {
                kind = IndexKind.valueOf(index.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserException("--index must be form, company or master; got " + index);
            }
            refs.addAll(lister.byIndex(ranged, kind));
        }
        if (list) {
            PrintStream o = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            o.println("cik\taccession\tform\tfiled\tcompany");
            for (FilingRef r : refs) o.println(r.cik() + "\t" + r.accession() + "\t" + r.form() + "\t" + r.filed() + "\t" + (r.company() == null ? "" : r.company()));
            o.flush();
            return 0;
        }
        DirectorySink dir = new DirectorySink(out == null ? Path.of("filings") : out);
        FilingSink sink = ingest ? new sixk.store.StoreSink(data.data).then(dir) : dir;
        FilingDownloader.Result r;
        try (sink) {
            r = new FilingDownloader(client, site, sink, dir, threads, warn, progress).download(refs);
        }
        EdgarClient.Stats s = client.stats();
        err.printf(Locale.ROOT, "sixk fetch: %d filings listed, %d already complete, %d downloaded (%.1f MB), %d failed; %d requests, %d retries, %d blocks, %.1f s -> %s%n",
                r.listed(), r.skipped(), r.downloaded(), r.bytes() / 1e6, r.failed(), s.requests(), s.retries(), s.blocks(),
                (System.nanoTime() - start) / 1e9, dir.root());
        return r.failed() == 0 ? 0 : 1;
    }

    private int feed(EdgarClient client, EdgarSite site, FetchQuery query, Set<Long> companies, Consumer<String> warn,
                     Consumer<String> progress, long start)
            throws IOException, InterruptedException {
        String[] range = feed.split("\\.\\.", -1);
        if (range.length > 2) throw new UserException("--feed takes DATE or DATE..DATE; got " + feed);
        LocalDate first = date("--feed", range[0]);
        LocalDate last = range.length == 2 ? date("--feed", range[1]) : first;
        if (last.isBefore(first)) throw new UserException("--feed " + feed + ": the range ends before it starts");
        if (last.toEpochDay() - first.toEpochDay() > 366) throw new UserException("--feed covers more than a year; fetch it in parts");
        DirectorySink dir = new DirectorySink(out == null ? Path.of("filings") : out);
        AtomicInteger taken = new AtomicInteger(), held = new AtomicInteger(), refused = new AtomicInteger(), days = new AtomicInteger();
        long bytes = 0;
        int failed = 0;
        try (FilingSink sink = ingest ? new sixk.store.StoreSink(data.data).then(dir) : dir) {
            FeedArchive archive = new FeedArchive(client, site, sink, warn, progress);
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                try {
                    FeedArchive.Result r = archive.fetchDay(d, query, companies);
                    if (!r.found()) {
                        progress.accept("no Feed archive for " + d + " (weekend, holiday, or not yet published)");
                        continue;
                    }
                    days.incrementAndGet();
                    taken.addAndGet(r.taken());
                    held.addAndGet(r.held());
                    refused.addAndGet(r.refused());
                    bytes += r.bytes();
                } catch (IOException e) {
                    failed++;
                    warn.accept("Feed archive of " + d + ": " + e.getMessage());
                }
            }
        }
        EdgarClient.Stats s = client.stats();
        System.err.printf(Locale.ROOT, "sixk fetch: %d Feed archives read, %d filings taken (%.1f MB), %d already held, %d refused, %d days failed; %d requests, %.1f s -> %s%n",
                days.get(), taken.get(), bytes / 1e6, held.get(), refused.get(), failed, s.requests(), (System.nanoTime() - start) / 1e9, dir.root());
        return failed == 0 ? 0 : 1;
    }

    static LocalDate date(String option, String text) {
        if (text == null) return null;
        String s = text.strip();
        try {
            if (s.matches("\\d{8}")) s = s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6);
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new UserException(option + " " + text + " is not a date (use YYYY-MM-DD)");
        }
    }
}
