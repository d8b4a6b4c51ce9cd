package sixk.edgar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The request budget, the pause on a block, retries, and truncated downloads, against a local EDGAR. */
class PolitenessTest {
    static final String UA = "sixk test test@example.com";
    static final byte[] BALLARD = EdgarReplay.resource("filings/0001309014-10-000132.txt");

    @TempDir Path out;

    static EdgarClient client(int rate, Duration block, int retries, List<String> warnings) {
        return new EdgarClient(EdgarClient.Settings.defaults(UA).withRate(rate).withBlockPause(block)
                .withRetries(retries, Duration.ofMillis(50)).withReadTimeout(Duration.ofSeconds(20)), new TokenBucket(rate), m -> {
            synchronized (warnings) {
                warnings.add(m);
            }
        });
    }

    /** {@code n} filings of one company; the server answers each with the same real submission. */
    static List<FilingRef> filings(EdgarReplay edgar, int n, EdgarReplay.Route route) {
        List<FilingRef> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String acc = String.format(Locale.ROOT, "0001309014-10-9%05d", i);
            refs.add(new FilingRef(1453015, acc, "6-K", "Ballard Power Systems Inc.", LocalDate.of(2010, 2, 25)));
            edgar.route("/Archives/edgar/data/1453015/" + acc + ".txt", route);
        }
        return refs;
    }

    @Test
    void eightThreadsNeverExceedTheRateInAnySecond() throws Exception {
        int rate = 6;
        try (EdgarReplay edgar = new EdgarReplay()) {
            List<FilingRef> refs = filings(edgar, 30, ex -> EdgarReplay.send(ex, BALLARD));
            List<String> warnings = new ArrayList<>();
            EdgarClient client = client(rate, Duration.ofSeconds(5), 2, warnings);
            FilingDownloader.Result r = download(edgar, client, refs, 8, warnings);

            assertThat(r.downloaded()).isEqualTo(30);
            assertThat(warnings).isEmpty();
            List<EdgarReplay.Hit> hits = edgar.hits();
            assertThat(hits).hasSize(30).allSatisfy(h -> {
                assertThat(h.userAgent()).isEqualTo(UA);
                assertThat(h.acceptEncoding()).contains("gzip");
            });
            int max = maxInOneSecond(hits);
            double seconds = (hits.get(hits.size() - 1).nanos() - hits.get(0).nanos()) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "rate test: %d requests from 8 threads at --rate %d: at most %d in any second, %.2f requests/s overall%n",
                    hits.size(), rate, max, (hits.size() - 1) / seconds);
            assertThat(max).isLessThanOrEqualTo(rate);
            for (FilingRef f : refs) assertThat(out.resolve(f.fileName())).hasBinaryContent(BALLARD);
        }
    }

    /** The most requests the server saw in any window [t, t + 1 s). */
    static int maxInOneSecond(List<EdgarReplay.Hit> hits) {
        List<Long> t = new ArrayList<>(hits.stream().map(EdgarReplay.Hit::nanos).toList());
        Collections.sort(t);
        int max = 0;
        for (int i = 0, j = 0; i < t.size(); i++) {
            while (j < t.size() && t.get(j) - t.get(i) < 1_000_000_000L) j++;
            max = Math.max(max, j - i);
        }
        return max;
    }

    @Test
    void a429StopsEveryThreadForTheBlockTimeThenResumes() throws Exception {
        Duration block = Duration.ofMillis(1500);
        try (EdgarReplay edgar = new EdgarReplay()) {
            AtomicInteger seen = new AtomicInteger();
            List<FilingRef> refs = filings(edgar, 8, ex -> {
                if (seen.incrementAndGet() == 3) EdgarReplay.status(ex, 429);
                else EdgarReplay.send(ex, BALLARD);
            });
            List<String> warnings = new ArrayList<>();
            EdgarClient client = client(10, block, 2, warnings);
            FilingDownloader.Result r = download(edgar, client, refs, 4, warnings);

            assertThat(r.downloaded()).isEqualTo(8);
            assertThat(r.failed()).isZero();
            List<EdgarReplay.Hit> hits = edgar.hits();
            assertThat(hits).hasSize(9); // the refused request was made again
            long refused = hits.get(2).nanos();
            List<Long> after = hits.subList(3, hits.size()).stream().map(h -> h.nanos() - refused).toList();
            // Nothing but a request already on the wire may reach EDGAR during the block.
            assertThat(after).allSatisfy(d -> assertThat(d < 50_000_000L || d >= block.toNanos())
                    .as("request %d ms after the 429", d / 1_000_000).isTrue());
            assertThat(after).filteredOn(d -> d >= block.toNanos()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(warnings).singleElement().asString().contains("HTTP 429").contains("pausing all requests for 1.5s");
            assertThat(client.stats().blocks()).isEqualTo(1);
        }
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() throws Exception {
        try (EdgarReplay edgar = new EdgarReplay()) {
            AtomicInteger calls = new AtomicInteger();
            List<FilingRef> refs = filings(edgar, 1, ex -> {
                if (calls.incrementAndGet() <= 2) EdgarReplay.status(ex, 503);
                else EdgarReplay.send(ex, BALLARD);
            });
            List<String> warnings = new ArrayList<>();
            FilingDownloader.Result r = download(edgar, client(10, Duration.ofSeconds(5), 3, warnings), refs, 1, warnings);
            assertThat(r.downloaded()).isEqualTo(1);
            assertThat(calls).hasValue(3);
            assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).contains("retrying").contains("HTTP 503"));
            assertThat(out.resolve(refs.get(0).fileName())).hasBinaryContent(BALLARD);
        }
    }

    @Test
    void aTruncatedDownloadIsRetriedAndNeverPassesForComplete() throws Exception {
        try (EdgarReplay edgar = new EdgarReplay()) {
            AtomicInteger calls = new AtomicInteger();
            List<FilingRef> refs = filings(edgar, 1, ex -> {
                if (calls.incrementAndGet() <= 2) EdgarReplay.sendTruncated(ex, BALLARD, BALLARD.length / 2);
                else EdgarReplay.send(ex, BALLARD);
            });
            List<String> warnings = new ArrayList<>();
            FilingDownloader.Result r = download(edgar, client(10, Duration.ofSeconds(5), 3, warnings), refs, 1, warnings);
            assertThat(r.downloaded()).isEqualTo(1);
            assertThat(calls).hasValue(3);
            assertThat(out.resolve(refs.get(0).fileName())).hasBinaryContent(BALLARD);
            assertThat(leftovers()).isEmpty();
        }
    }

    @Test
    void aDownloadThatNeverArrivesWholeLeavesNoFile() throws Exception {
        try (EdgarReplay edgar = new EdgarReplay()) {
            byte[] half = java.util.Arrays.copyOf(BALLARD, BALLARD.length / 2);
            AtomicInteger calls = new AtomicInteger();
            // Two ways to be short: the connection dropped before Content-Length, or an honest length for half a filing.
            List<FilingRef> refs = filings(edgar, 2, ex -> {
                calls.incrementAndGet();
                if (ex.getRequestURI().getPath().endsWith("900000.txt")) EdgarReplay.sendTruncated(ex, BALLARD, 1000);
                else EdgarReplay.send(ex, half);
            });
            List<String> warnings = new ArrayList<>();
            FilingDownloader.Result r = download(edgar, client(10, Duration.ofSeconds(5), 2, warnings), refs, 2, warnings);
            assertThat(r.failed()).isEqualTo(2);
            assertThat(r.downloaded()).isZero();
            assertThat(calls).hasValue(6);
            for (FilingRef f : refs) {
                assertThat(out.resolve(f.fileName())).doesNotExist();
                assertThat(new DirectorySink(out).has(f.fileName())).isFalse();
            }
            assertThat(leftovers()).isEmpty();
            assertThat(warnings).anySatisfy(w -> assertThat(w).contains("gave up").containsPattern("truncated download|Premature EOF"));
            assertThat(warnings).anySatisfy(w -> assertThat(w).contains("gave up").contains("incomplete submission"));
        }
    }

    @Test
    void aStalledBodyTimesOutAndIsRetried() throws Exception {
        try (EdgarReplay edgar = new EdgarReplay()) {
            AtomicInteger calls = new AtomicInteger();
            List<FilingRef> refs = filings(edgar, 1, ex -> {
                if (calls.incrementAndGet() == 1) {
                    ex.sendResponseHeaders(200, BALLARD.length);
                    OutputStream o = ex.getResponseBody();
                    o.write(BALLARD, 0, 100);
                    o.flush();
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IOException("stalled on purpose");
                }
                EdgarReplay.send(ex, BALLARD);
            });
            List<String> warnings = new ArrayList<>();
            EdgarClient client = new EdgarClient(EdgarClient.Settings.defaults(UA).withRate(10)
                    .withRetries(2, Duration.ofMillis(50)).withReadTimeout(Duration.ofMillis(500)), new TokenBucket(10), warnings::add);
            FilingDownloader.Result r = download(edgar, client, refs, 1, warnings);
            assertThat(r.downloaded()).isEqualTo(1);
            assertThat(warnings).singleElement().asString().contains("retrying").containsIgnoringCase("timed out");
            assertThat(out.resolve(refs.get(0).fileName())).hasBinaryContent(BALLARD);
        }
    }

    @Test
    void aBlockThatNeverEndsIsAFailureNotALoop() throws Exception {
        try (EdgarReplay edgar = new EdgarReplay()) {
            List<FilingRef> refs = filings(edgar, 1, ex -> EdgarReplay.status(ex, 403));
            List<String> warnings = new ArrayList<>();
            FilingDownloader.Result r = download(edgar, client(10, Duration.ofMillis(100), 2, warnings), refs, 1, warnings);
            assertThat(r.failed()).isEqualTo(1);
            assertThat(edgar.hits()).hasSize(4); // the first try and one per allowed block (3)
            assertThat(warnings.get(warnings.size() - 1)).contains("refused").contains("403");
        }
    }

    @Test
    void theRateIsCappedAtTheSecLimit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TokenBucket(11))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 10");
    }

    @Test
    void clientsOfOneProcessShareOneBucket() {
        TokenBucket a = TokenBucket.processWide(10);
        assertThat(TokenBucket.processWide(10)).isSameAs(a);
        assertThat(a.rate()).isBetween(1, 10);
    }

    private FilingDownloader.Result download(EdgarReplay edgar, EdgarClient client, List<FilingRef> refs, int threads,
                                             List<String> warnings) throws Exception {
        DirectorySink dir = new DirectorySink(out);
        return new FilingDownloader(client, edgar.site(), dir, dir, threads, warnings::add, m -> { }).download(refs);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
