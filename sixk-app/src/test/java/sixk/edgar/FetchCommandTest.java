package sixk.edgar;

import sixk.TestFiles;
import sixk.submission.TarReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** sixk fetch end to end against a local EDGAR: refusals, queries by ticker and by index, the Feed archive. */
class FetchCommandTest {
    static final String UA = "sixk test test@example.com";
    static final String BALLARD_NEW = "0001309014-10-000132";

    @TempDir Path tmp;

    @Test
    void withoutAUserAgentFetchRefusesInOneLineAndSendsNothing() throws Exception {
        try (EdgarReplay edgar = KillAndResumeTest.ballard(new EdgarReplay())) {
            Map<String, String> env = new HashMap<>();
            env.put(UserAgent.ENV, null);
            Process p = Cli.start(tmp, env, "fetch", "--cik", "1453015", "--edgar-base", edgar.base(), "--out", tmp.resolve("out").toString());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<String> err = Files.readAllLines(tmp.resolve("child.err")).stream().filter(l -> !l.startsWith("WARNING:")).toList();
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(err).singleElement().asString().startsWith("sixk: ").contains("User-Agent").contains("SIXK_USER_AGENT")
                    .contains("e-mail").contains("SEC");
            assertThat(edgar.hits()).isEmpty();
        }
    }

    @Test
    void aUserAgentWithoutAnEmailIsRefused() {
        Cli.Run r = Cli.run("fetch", "--cik", "1453015", "--user-agent", "Jane Doe", "--edgar-base", "http://127.0.0.1:9");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("no contact e-mail");
    }

    @Test
    void aRateAboveTenIsRefused() {
        Cli.Run r = Cli.run("fetch", "--cik", "1453015", "--user-agent", UA, "--rate", "11", "--edgar-base", "http://127.0.0.1:9");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--rate 11").contains("limit of 10");
    }

    @Test
    void fetchedFilingsAreIngestedOnce() throws Exception {
        Path out = tmp.resolve("ingested"), data = tmp.resolve("data");
        try (EdgarReplay edgar = KillAndResumeTest.ballard(new EdgarReplay())) {
            String[] args = {"fetch", "--cik", "1453015", "--form", "6-K", "--from", "2010-01-01", "--out", out.toString(), "--ingest",
                    "--data", data.toString(), "--edgar-base", edgar.base(), "--user-agent", UA};
            Cli.Run first = Cli.run(args);
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(out.resolve("1453015/" + BALLARD_NEW + ".txt")).exists();
            assertThat(Cli.run(args).code()).isZero();
            try (sixk.store.FilingStore store = sixk.store.FilingStore.openReadOnly(data)) {
                assertThat(store.query("SELECT id, form FROM filings")).singleElement()
                        .satisfies(row -> assertThat(row.get("id")).isEqualTo("0001309014-10-000132"));
            }
            try (sixk.search.SearchIndex index = sixk.search.SearchIndex.open(data.resolve("index"))) {
                assertThat(index.ids()).containsExactly("0001309014-10-000132");
            }
        }
    }

    @Test
    void byTickerAndResumable() throws Exception {
        Path out = tmp.resolve("out");
        try (EdgarReplay edgar = KillAndResumeTest.ballard(new EdgarReplay())) {
            edgar.serve("/files/company_tickers.json", EdgarReplay.resource("company_tickers.json"));
            String[] args = {"fetch", "--ticker", "bldp", "--form", "6-K", "--from", "2010-01-01", "--out", out.toString(),
                    "--edgar-base", edgar.base(), "--user-agent", UA};
            Cli.Run first = Cli.run(args);
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(out.resolve("1453015/" + BALLARD_NEW + ".txt")).hasBinaryContent(EdgarReplay.resource("filings/" + BALLARD_NEW + ".txt"));
            Cli.Run second = Cli.run(args);
            assertThat(second.code()).isZero();
            assertThat(second.err()).contains("1 filings listed, 1 already complete, 0 downloaded");
            assertThat(edgar.count(KillAndResumeTest.path(BALLARD_NEW))).isEqualTo(1);

            Cli.Run list = Cli.run("fetch", "--ticker", "BLDP", "--list", "--edgar-base", edgar.base(), "--user-agent", UA);
            assertThat(list.out().lines().toList()).containsExactly("cik\taccession\tform\tfiled\tcompany",
                    "1453015\t0001309014-10-000132\t6-K\t2010-02-25\tBallard Power Systems Inc.",
                    "1453015\t0001309014-09-000306\t6-K\t2009-05-05\tBallard Power Systems Inc.",
                    "1453015\t0001309014-09-000103\t6-K\t2009-02-06\tBallard Power Systems Inc.");

            Cli.Run unknown = Cli.run("fetch", "--ticker", "NOSUCH", "--edgar-base", edgar.base(), "--user-agent", UA);
            assertThat(unknown.code()).isEqualTo(2);
            assertThat(unknown.errLines()).singleElement().asString().contains("unknown ticker NOSUCH");
        }
    }

    @Test
    void formAcrossCompaniesFromDailyIndexesSkippingMalformedLines() throws Exception {
        Path out = tmp.resolve("out");
        try (EdgarReplay edgar = KillAndResumeTest.ballard(new EdgarReplay())) {
            edgar.serve("/Archives/edgar/daily-index/2010/QTR1/form.20100225.idx", EdgarReplay.resource("index/form.20100225.idx"));
            Cli.Run r = Cli.run("fetch", "--form", "6-K", "--from", "2010-02-20", "--to", "2010-02-28", "--out", out.toString(),
                    "--edgar-base", edgar.base(), "--user-agent", UA);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(out.resolve("1453015/" + BALLARD_NEW + ".txt")).hasBinaryContent(EdgarReplay.resource("filings/" + BALLARD_NEW + ".txt"));
            assertThat(r.err()).contains("form.20100225.idx line 13: malformed index line skipped")
                    .contains("form.20100225.idx line 14: file name is not an EDGAR archive path");
            // one daily index per weekday (22 to 26 February 2010), none for the weekends
            assertThat(edgar.hits().stream().map(EdgarReplay.Hit::path).filter(p -> p.contains("daily-index")).toList())
                    .containsExactly("/Archives/edgar/daily-index/2010/QTR1/form.20100222.idx", "/Archives/edgar/daily-index/2010/QTR1/form.20100223.idx",
                            "/Archives/edgar/daily-index/2010/QTR1/form.20100224.idx", "/Archives/edgar/daily-index/2010/QTR1/form.20100225.idx",
                            "/Archives/edgar/daily-index/2010/QTR1/form.20100226.idx");
            try (Stream<Path> s = Files.walk(out)) {
                assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(1);
            }
        }
    }

    @Test
    void longRangesUseTheQuarterlyFullIndex() throws Exception {
        try (EdgarReplay edgar = new EdgarReplay()) {
            edgar.serve("/Archives/edgar/full-index/2010/QTR1/master.idx", "x".getBytes(StandardCharsets.UTF_8));
            Cli.Run r = Cli.run("fetch", "--form", "6-K", "--from", "2009-12-01", "--to", "2010-03-31", "--index", "master", "--list",
                    "--edgar-base", edgar.base(), "--user-agent", UA);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(edgar.hits().stream().map(EdgarReplay.Hit::path).toList())
                    .containsExactly("/Archives/edgar/full-index/2009/QTR4/master.idx", "/Archives/edgar/full-index/2010/QTR1/master.idx");
            assertThat(r.err()).contains("no full index for 2009 QTR4").contains("2010/QTR1/master.idx: no index header found");
        }
    }

    @Test
    void feedArchiveIsStreamedEntryByEntry() throws Exception {
        Path out = tmp.resolve("out");
        byte[] archive = EdgarReplay.resource("feed/20250108.nc.tar.gz");
        AtomicInteger calls = new AtomicInteger();
        try (EdgarReplay edgar = new EdgarReplay()) {
            // The first answer is cut short: the archive is fetched again, whole.
            edgar.route("/Archives/edgar/Feed/2025/QTR1/20250108.nc.tar.gz", ex -> {
                if (calls.incrementAndGet() == 1) EdgarReplay.sendTruncated(ex, archive, archive.length / 2);
                else EdgarReplay.send(ex, archive);
            });
            Cli.Run r = Cli.run("fetch", "--feed", "2025-01-07..2025-01-08", "--out", out.toString(), "--edgar-base", edgar.base(),
                    "--user-agent", UA, "--verbose");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(calls).hasValue(2);
            Path day = out.resolve("feed/20250108");
            try (Stream<Path> s = Files.list(day)) {
                assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly("0001127602-25-004598.nc", "0001562180-25-000280.nc", "0002002260-24-000001.nc");
            }
            assertThat(Files.size(day.resolve("0001127602-25-004598.nc"))).isEqualTo(6246);
            assertThat(Files.size(day.resolve("0001562180-25-000280.nc"))).isEqualTo(7099);
            assertThat(Files.size(day.resolve("0002002260-24-000001.nc"))).isEqualTo(10593);
            assertThat(r.err()).contains("no Feed archive for 2025-01-07").contains("1 Feed archives read, 3 filings taken");

            // Filtered by form, read from each entry's header.
            Path only = tmp.resolve("only-d");
            Cli.Run d = Cli.run("fetch", "--feed", "20250108", "--form", "D", "--out", only.toString(), "--edgar-base", edgar.base(), "--user-agent", UA);
            assertThat(d.code()).as(d.err()).isZero();
            try (Stream<Path> s = Files.list(only.resolve("feed/20250108"))) {
                assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("0002002260-24-000001.nc");
            }
        }
    }

    /** When the corpus is there, the streamed entries are byte for byte the corpus files the archive was made of. */
    @Test
    void feedEntriesAreByteForByteTheSubmissions() throws Exception {
        Path corpus = TestFiles.corpus().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, TestFiles.NO_CORPUS);
        try (EdgarReplay edgar = new EdgarReplay()) {
            edgar.serve("/Archives/edgar/Feed/2025/QTR1/20250108.nc.tar.gz", EdgarReplay.resource("feed/20250108.nc.tar.gz"));
            Path out = tmp.resolve("out");
            assertThat(Cli.run("fetch", "--feed", "2025-01-08", "--out", out.toString(), "--edgar-base", edgar.base(), "--user-agent", UA).code()).isZero();
            assertThat(out.resolve("feed/20250108/0002002260-24-000001.nc")).hasSameBinaryContentAs(corpus.resolve("forms/data__sgml__0002002260-24-000001.nc"));
            assertThat(out.resolve("feed/20250108/0001562180-25-000280.nc"))
                    .hasSameBinaryContentAs(corpus.resolve("forms/data__localstorage__filings__20250108__0001562180-25-000280.nc"));
        }
    }

    @Test
    void aTruncatedTarStreamIsAnError() {
        byte[] gz = EdgarReplay.resource("feed/20250108.nc.tar.gz");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            TarReader tar = new TarReader(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(Arrays.copyOf(gz, gz.length * 2 / 3))));
            TarReader.Entry e;
            while ((e = tar.next()) != null) tar.readBody((int) e.size());
        }).isInstanceOf(java.io.IOException.class);
    }
}
