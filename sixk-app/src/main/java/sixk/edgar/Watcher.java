package sixk.edgar;

import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Polls EDGAR's latest-filings feed and alerts on what is new. Each new filing is fetched once
 * (one request for its full submission), read with the standard {@link FilingReader}, matched,
 * alerted, and recorded in the {@link WatchState} — in that order, so that a crash repeats at
 * most the alerts of the filing being handled, and a restart none of those already recorded.
 *
 * <p>The very first run (no state file) takes the feed as it stands as already seen and alerts
 * only on what arrives after, unless told to backfill: a watcher is about what happens next.
 */
public final class Watcher {
    static final int PAGE = 100;
    static final int MAX_PAGES = 5;
    static final int MAX_ATTEMPTS = 3;
    static final long FEED_MAX = 16L << 20;
    static final long FILING_MAX = 1L << 30;

    private final EdgarClient client;
    private final EdgarSite site;
    private final WatchFilter filter;
    private final WatchState state;
    private final AlertSink alerts;
    private final FilingReader reader;
    private final Consumer<String> warn;
    private final Consumer<String> info;
    private boolean baselinePending;
    private final Map<String, Integer> attempts = new HashMap<>();

    public Watcher(EdgarClient client, EdgarSite site, WatchFilter filter, WatchState state, AlertSink alerts,
                   FilingReader reader, boolean backfill, Consumer<String> warn, Consumer<String> info) {
        this.client = client;
        this.site = site;
        this.filter = filter;
        this.state = state;
        this.alerts = alerts;
        this.reader = reader;
        this.warn = warn;
        this.info = info;
        this.baselinePending = !state.existed() && !backfill;
    }

    /** Polls until interrupted (or once); a failed poll is reported and the next one comes on time. */
    public void run(Duration interval, boolean once) throws InterruptedException, IOException {
        while (true) {
            try {
                poll();
            } catch (IOException e) {
                if (once) throw e;
                warn.accept("poll failed, trying again in " + Durations.format(interval) + ": " + e.getMessage());
            }
            if (once) return;
            Thread.sleep(interval.toMillis());
        }
    }

    /** One poll of the feed; returns the number of alerts emitted. */
    public int poll() throws IOException, InterruptedException {
        Map<String, List<CurrentFeed.Entry>> byAccession = readFeed();
        List<String> order = new ArrayList<>(byAccession.keySet());
        Collections.reverse(order); // oldest first, so alerts come in filing order
        if (baselinePending) {
            for (String acc : order) state.add(acc);
            baselinePending = false;
            info.accept("first run: " + order.size() + " filings already in the feed taken as seen; alerts start with the next new one");
            return 0;
        }
        int emitted = 0;
        for (String acc : order) {
            if (state.seen(acc)) continue;
            List<CurrentFeed.Entry> parties = byAccession.get(acc);
            CurrentFeed.Entry first = parties.get(0);
            if (!filter.wantsForm(first.form()) || !filter.wantsCompany(parties)) {
                state.add(acc); // not ours: never fetched
                continue;
            }
            Optional<byte[]> filing;
            URI u = site.filing(first.cik(), acc);
            try {
                filing = client.fetch(u, body -> {
                    byte[] b = EdgarClient.readAtMost(body, FILING_MAX, u);
                    if (!SubmissionEnd.isComplete(b)) throw new IOException(FilingDownloader.INCOMPLETE + " (" + b.length + " bytes)");
                    return b;
                });
            } catch (EdgarException e) {
                warn.accept(acc + ": " + e.getMessage() + "; not alerted");
                state.add(acc);
                continue;
            } catch (IOException e) {
                giveUpLater(acc, e.getMessage());
                continue;
            }
            if (filing.isEmpty()) {
                // The feed can list a filing a moment before its archive is in place: try again next poll.
                giveUpLater(acc, "not on EDGAR yet: " + u);
                continue;
            }
            FilingRecord record = reader.read(filing.get(), u.toString());
            String page = site.filingIndexPage(first.cik(), acc).toString();
            for (Alert a : filter.alerts(record, first, page)) {
                try {
                    alerts.emit(a);
                    emitted++;
                } catch (IOException e) {
                    warn.accept("alert for " + acc + " not delivered: " + e.getMessage());
                }
            }
            state.add(acc);
            attempts.remove(acc);
        }
        return emitted;
    }

    private void giveUpLater(String acc, String why) throws IOException {
        int n = attempts.merge(acc, 1, Integer::sum);
        if (n >= MAX_ATTEMPTS) {
            warn.accept(acc + ": " + why + "; given up after " + n + " polls");
            state.add(acc);
            attempts.remove(acc);
        } else {
            warn.accept(acc + ": " + why + "; will try again next poll");
        }
    }

    /** The feed's entries grouped by accession, newest first; pages further back only while every entry is new. */
    private Map<String, List<CurrentFeed.Entry>> readFeed() throws IOException, InterruptedException {
        Map<String, List<CurrentFeed.Entry>> out = new LinkedHashMap<>();
        List<String> forms = filter.forms().isEmpty() ? Collections.singletonList(null) : List.copyOf(filter.forms());
        for (String form : forms) {
            for (int page = 0; page < MAX_PAGES; page++) {
                URI u = site.currentFeed(form, page * PAGE, PAGE);
                Optional<byte[]> xml = client.getBytes(u, FEED_MAX);
                if (xml.isEmpty()) throw new IOException("EDGAR has no latest-filings feed at " + u);
                List<CurrentFeed.Entry> entries = CurrentFeed.parse(xml.get(), "latest-filings feed", warn);
                boolean anySeen = false;
                for (CurrentFeed.Entry e : entries) {
                    out.computeIfAbsent(e.accession(), k -> new ArrayList<>()).add(e);
                    anySeen |= state.seen(e.accession());
                }
                if (baselinePending || anySeen || entries.size() < PAGE) break;
                if (page == MAX_PAGES - 1) {
                    warn.accept("more than " + MAX_PAGES * PAGE + " new " + (form == null ? "" : form + " ") + "filings since the last poll;"
                            + " older ones are beyond the feed: fetch them with sixk fetch --form … --from …");
                }
            }
        }
        return out;
    }
}
