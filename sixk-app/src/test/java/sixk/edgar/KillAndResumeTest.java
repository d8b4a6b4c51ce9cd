package sixk.edgar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fetch killed in the middle of a download (a real child JVM, destroyForcibly) leaves no file
 * that passes for complete; run again, it fetches only what is missing and finishes.
 */
class KillAndResumeTest {
    static final String UA = "sixk test test@example.com";
    static final String NEW = "0001309014-10-000132";
    static final String SLOW = "0001309014-09-000306";
    static final String OLD = "0001309014-09-000103";

    @TempDir Path tmp;

    static String path(String acc) { return "/Archives/edgar/data/1453015/" + acc + ".txt"; }

    static EdgarReplay ballard(EdgarReplay edgar) {
        return edgar.serve("/submissions/CIK0001453015.json", EdgarReplay.resource("submissions/CIK0001453015.json"))
                .serve("/submissions/CIK0001453015-submissions-001.json", EdgarReplay.resource("submissions/CIK0001453015-submissions-001.json"))
                .serve(path(NEW), EdgarReplay.resource("filings/" + NEW + ".txt"))
                .serve(path(OLD), EdgarReplay.resource("filings/" + OLD + ".txt"));
    }

    @Test
    void killedMidDownloadThenResumed() throws Exception {
        byte[] slow = EdgarReplay.resource("filings/" + SLOW + ".txt");
        Path out = tmp.resolve("out");
        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (EdgarReplay edgar = ballard(new EdgarReplay())) {
            edgar.route(path(SLOW), ex -> {
                if (halfSent.getCount() == 0) { // after the kill: answer normally
                    EdgarReplay.send(ex, slow);
                    return;
                }
                ex.sendResponseHeaders(200, slow.length); // identity encoding: the bytes reach the client as sent
                OutputStream o = ex.getResponseBody();
                o.write(slow, 0, slow.length / 2);
                o.flush();
                halfSent.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("the client was killed");
            });
            String[] args = {"fetch", "--cik", "1453015", "--form", "6-K", "--from", "2009-01-01", "--threads", "1", "--rate", "10",
                    "--out", out.toString(), "--edgar-base", edgar.base(), "--user-agent", UA};
            Map<String, String> env = new HashMap<>();
            Process child = Cli.start(tmp, env, args);
            try {
                boolean mid = halfSent.await(90, TimeUnit.SECONDS);
                assertThat(mid).as("the child reached the slow download; its stderr: %s", Cli.read(tmp.resolve("child.err"))).isTrue();
                Path part = out.resolve("1453015/." + SLOW + ".txt.part");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while ((!Files.exists(part) || Files.size(part) == 0) && System.nanoTime() < deadline) Thread.sleep(20);
                assertThat(part).as("half of the filing is on disk under the staging name").exists();
                assertThat(child.isAlive()).isTrue();
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                release.countDown();
            }

            // What the killed fetch left: the first filing whole, the second only as a hidden partial file.
            DirectorySink dir = new DirectorySink(out);
            assertThat(out.resolve("1453015/" + NEW + ".txt")).hasBinaryContent(EdgarReplay.resource("filings/" + NEW + ".txt"));
            assertThat(out.resolve("1453015/" + SLOW + ".txt")).doesNotExist();
            assertThat(dir.has("1453015/" + SLOW + ".txt")).isFalse();
            assertThat(Files.size(out.resolve("1453015/." + SLOW + ".txt.part"))).isLessThan(slow.length);

            Cli.Run again = Cli.run(args);
            assertThat(again.code()).as(again.err()).isZero();
            for (String acc : List.of(NEW, SLOW, OLD)) {
                assertThat(out.resolve("1453015/" + acc + ".txt")).hasBinaryContent(EdgarReplay.resource("filings/" + acc + ".txt"));
            }
            assertThat(edgar.count(path(NEW))).as("complete files are not fetched again").isEqualTo(1);
            assertThat(edgar.count(path(SLOW))).isEqualTo(2);
            assertThat(edgar.count(path(OLD))).isEqualTo(1);
            assertThat(again.err()).contains("3 filings listed, 1 already complete, 2 downloaded");
            try (Stream<Path> s = Files.walk(out)) {
                assertThat(s.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
            }
        }
    }

    @Test
    void aShortFileUnderTheFinalNameIsFetchedAgain() throws Exception {
        Path out = tmp.resolve("out");
        byte[] whole = EdgarReplay.resource("filings/" + NEW + ".txt");
        Files.createDirectories(out.resolve("1453015"));
        Files.write(out.resolve("1453015/" + NEW + ".txt"), Arrays.copyOf(whole, whole.length / 2));
        try (EdgarReplay edgar = ballard(new EdgarReplay())) {
            Cli.Run r = Cli.run("fetch", "--cik", "1453015", "--form", "6-K", "--from", "2010-01-01", "--out", out.toString(),
                    "--edgar-base", edgar.base(), "--user-agent", UA);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(out.resolve("1453015/" + NEW + ".txt")).hasBinaryContent(whole);
            assertThat(edgar.count(path(NEW))).isEqualTo(1);
            assertThat(edgar.count("/submissions/CIK0001453015-submissions-001.json")).as("the older page ends before --from").isZero();
        }
    }
}
