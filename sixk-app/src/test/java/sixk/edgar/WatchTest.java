package sixk.edgar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.pipeline.FilingReader;
import sixk.record.Event;
import sixk.record.FilingRecord;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** sixk watch: the feed gains a filing, exactly one alert comes out, and none after a restart. */
class WatchTest {
    static final String UA = "sixk test test@example.com";
    static final String NEW = "0001309014-10-000132";
    static final byte[] BEFORE = EdgarReplay.resource("current/getcurrent-before.xml");
    static final byte[] AFTER = EdgarReplay.resource("current/getcurrent-after.xml");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    static EdgarReplay edgar(AtomicReference<byte[]> feed) throws Exception {
        EdgarReplay edgar = new EdgarReplay();
        edgar.route("/cgi-bin/browse-edgar", ex -> EdgarReplay.send(ex, feed.get()));
        edgar.serve("/Archives/edgar/data/1453015/" + NEW + ".txt", EdgarReplay.resource("filings/" + NEW + ".txt"));
        edgar.serve("/Archives/edgar/data/1453015/0001309014-09-000306.txt", EdgarReplay.resource("filings/0001309014-09-000306.txt"));
        edgar.serve("/Archives/edgar/data/1087711/0000903423-09-000527.txt", EdgarReplay.resource("filings/0000903423-09-000527.txt"));
        return edgar;
    }

    /** One watcher process: state read from the file, one poll, state closed. */
    static int pollOnce(EdgarReplay edgar, Path state, WatchFilter filter, AlertSink alerts, List<String> warnings) throws Exception {
        EdgarClient client = new EdgarClient(EdgarClient.Settings.defaults(UA).withRate(10).withRetries(1, Duration.ofMillis(20)), warnings::add);
        try (WatchState st = new WatchState(state, warnings::add)) {
            return new Watcher(client, edgar.site(), filter, st, alerts, FilingReader.standard(), false, warnings::add, m -> { }).poll();
        }
    }

    static WatchFilter sixK() { return new WatchFilter(Set.of("6-K"), Set.of(), List.of(), Set.of()); }

    @Test
    void aNewFilingGivesExactlyOneAlertAndNoneAfterARestart() throws Exception {
        AtomicReference<byte[]> feed = new AtomicReference<>(BEFORE);
        Path state = tmp.resolve("watch.state");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlertSink alerts = new JsonLinesAlerts(new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> warnings = new ArrayList<>();
        try (EdgarReplay edgar = edgar(feed)) {
            assertThat(pollOnce(edgar, state, sixK(), alerts, warnings)).as("the first run only takes stock").isZero();
            assertThat(out.size()).isZero();
            assertThat(edgar.hits()).singleElement().satisfies(h -> {
                assertThat(h.path()).isEqualTo("/cgi-bin/browse-edgar");
                assertThat(h.query()).contains("action=getcurrent").contains("type=6-K").contains("output=atom");
            });

            feed.set(AFTER);
            assertThat(pollOnce(edgar, state, sixK(), alerts, warnings)).isEqualTo(1);
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(1);
            JsonNode a = JSON.readTree(lines.get(0));
            assertThat(a.path("alert").asText()).isEqualTo("filing");
            assertThat(a.path("accession").asText()).isEqualTo(NEW);
            assertThat(a.path("form").asText()).isEqualTo("6-K");
            assertThat(a.path("cik").asLong()).isEqualTo(1453015L);
            assertThat(a.path("company").asText()).isEqualTo("Ballard Power Systems Inc.");
            assertThat(a.path("filed").asText()).isEqualTo("2010-02-25");
            assertThat(a.path("url").asText()).isEqualTo(edgar.base() + "/Archives/edgar/data/1453015/000130901410000132/" + NEW + "-index.htm");
            assertThat(a.has("event")).isTrue();
            assertThat(a.path("events").isArray()).isTrue();
            assertThat(edgar.count("/Archives/edgar/data/1453015/" + NEW + ".txt")).isEqualTo(1);
            assertThat(edgar.count("/Archives/edgar/data/1087711/0000903423-09-000527.txt")).as("seen on the first run: never fetched").isZero();

            assertThat(pollOnce(edgar, state, sixK(), alerts, warnings)).as("after a restart").isZero();
            assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
            assertThat(edgar.count("/Archives/edgar/data/1453015/" + NEW + ".txt")).isEqualTo(1);
            assertThat(warnings).isEmpty();
            assertThat(Files.readAllLines(state)).contains(NEW, "0000903423-09-000527", "0001309014-09-000306");
        }
    }

    @Test
    void companyFilterSkipsOthersWithoutFetchingThem() throws Exception {
        AtomicReference<byte[]> feed = new AtomicReference<>(AFTER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlertSink alerts = new JsonLinesAlerts(new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> warnings = new ArrayList<>();
        try (EdgarReplay edgar = edgar(feed)) {
            EdgarClient client = new EdgarClient(EdgarClient.Settings.defaults(UA).withRate(10), warnings::add);
            WatchFilter abbey = new WatchFilter(Set.of("6-K"), Set.of(), List.of("abbey national"), Set.of());
            try (WatchState st = new WatchState(tmp.resolve("s"), warnings::add)) {
                int n = new Watcher(client, edgar.site(), abbey, st, alerts, FilingReader.standard(), true, warnings::add, m -> { }).poll();
                assertThat(n).isEqualTo(1);
            }
            assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8)).path("accession").asText()).isEqualTo("0000903423-09-000527");
            assertThat(edgar.hits().stream().filter(h -> h.path().startsWith("/Archives/")).map(EdgarReplay.Hit::path).toList())
                    .containsExactly("/Archives/edgar/data/1087711/0000903423-09-000527.txt");
        }
    }

    @Test
    void eventFilterAlertsPerMatchingEvent() {
        FilingRecord read = FilingReader.standard().read(EdgarReplay.resource("filings/" + NEW + ".txt"), NEW);
        Event pay = new Event("milestone_payment", 0.9, null, Map.of("direction", "received"));
        Event other = new Event("product", 0.8, null, Map.of());
        FilingRecord r = new FilingRecord(read.source(), read.form(), read.accession(), read.header(), read.cover(), read.signatures(),
                read.stamps(), read.documents(), read.pressReleases(), List.of(pay, other, pay), read.entities(), read.warnings(), read.texts());
        CurrentFeed.Entry entry = new CurrentFeed.Entry(NEW, "6-K", "Ballard Power Systems Inc.", 1453015, "Filer", null);
        WatchFilter milestones = new WatchFilter(Set.of("6-K"), Set.of(), List.of(), Set.of("milestone_payment"));
        List<Alert> alerts = milestones.alerts(r, entry, "u");
        assertThat(alerts).hasSize(2).allSatisfy(a -> {
            assertThat(a.alert()).isEqualTo("event");
            assertThat(a.event().type()).isEqualTo("milestone_payment");
            assertThat(a.events()).containsExactly("milestone_payment", "product");
        });
        assertThat(new WatchFilter(Set.of(), Set.of(), List.of(), Set.of("dividend")).alerts(r, entry, "u")).isEmpty();
        assertThat(sixK().alerts(r, entry, "u")).singleElement().satisfies(a -> assertThat(a.event()).isNull());
    }

    /** The command line end to end: --exec runs a program (no shell) with the alert on its standard input. */
    @Test
    void watchCommandRunsTheExecProgramOncePerAlert() throws Exception {
        AtomicReference<byte[]> feed = new AtomicReference<>(BEFORE);
        Path state = tmp.resolve("cli.state");
        Path got = tmp.resolve("alerts.jsonl");
        try (EdgarReplay edgar = edgar(feed)) {
            String[] args = {"watch", "--once", "--state", state.toString(), "--edgar-base", edgar.base(), "--user-agent", UA,
                    "--exec", "tee", "-a", got.toString()};
            Cli.Run first = Cli.run(args);
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.err()).contains("first run: 2 filings already in the feed taken as seen");
            assertThat(got).doesNotExist();
            feed.set(AFTER);
            Cli.Run second = Cli.run(args);
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(Files.readAllLines(got)).singleElement().satisfies(l -> assertThat(JSON.readTree(l).path("accession").asText()).isEqualTo(NEW));
            Cli.Run third = Cli.run(args);
            assertThat(third.code()).isZero();
            assertThat(Files.readAllLines(got)).hasSize(1);
        }
    }

    @Test
    void webhookIsRetriedOnServerErrors() throws Exception {
        AtomicInteger posts = new AtomicInteger();
        try (EdgarReplay hook = new EdgarReplay()) {
            hook.route("/hook", ex -> {
                EdgarReplay.status(ex, posts.incrementAndGet() == 1 ? 502 : 204);
            });
            List<String> warnings = new ArrayList<>();
            WebhookAlerts alerts = new WebhookAlerts(java.net.URI.create(hook.base() + "/hook"), 3, Duration.ofMillis(20), warnings::add);
            alerts.emit(new Alert("filing", NEW, "6-K", 1453015, "Ballard Power Systems Inc.", "2010-02-25", "u", null, List.of()));
            assertThat(posts).hasValue(2);
            assertThat(warnings).singleElement().asString().contains("HTTP 502");
            assertThat(JSON.readTree(hook.hits().get(1).body()).path("accession").asText()).isEqualTo(NEW);
        }
    }

    @Test
    void malformedFeedEntriesAreSkippedAndHostileXmlRefused() {
        String xml = new String(AFTER, StandardCharsets.ISO_8859_1).replace("ABBEY NATIONAL PLC (0001087711) (Filer)", "ABBEY NATIONAL PLC");
        List<String> warnings = new ArrayList<>();
        List<CurrentFeed.Entry> entries = CurrentFeed.parse(xml.getBytes(StandardCharsets.ISO_8859_1), "feed", warnings::add);
        assertThat(entries).extracting(CurrentFeed.Entry::accession).containsExactly(NEW, "0001309014-09-000306");
        assertThat(warnings).singleElement().asString().contains("entry 2").contains("ABBEY NATIONAL PLC");

        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><feed><entry><title>&x;</title></entry></feed>";
        warnings.clear();
        assertThat(CurrentFeed.parse(hostile.getBytes(StandardCharsets.UTF_8), "feed", warnings::add)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("malformed feed XML");
    }
}
