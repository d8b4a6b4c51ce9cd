package sixk.edgar;

import sixk.submission.TarReader;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The daily Feed archive (/Archives/edgar/Feed/YYYY/QTRn/YYYYMMDD.nc.tar.gz): every submission
 * disseminated that day as one .nc file inside a gzipped tar. It is read as a stream — gunzip,
 * tar, one entry at a time into the sink — and never unpacked to disk. An archive cut short is
 * fetched again; the entries the sink already took are skipped on the second pass.
 */
public final class FeedArchive {
    /** A Feed entry larger than this is skipped with a warning rather than held in memory. */
    static final int ENTRY_MAX = 512 << 20;
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,80}\\.nc");
    private static final Pattern TYPE = Pattern.compile("<TYPE>([^<\\r\\n]{1,40})|CONFORMED SUBMISSION TYPE:\\s*([^\\r\\n]{1,40})");
    private static final Pattern CIK = Pattern.compile("<CIK>\\s*(\\d{1,10})|CENTRAL INDEX KEY:\\s*(\\d{1,10})");
    private static final int HEAD = 16 << 10;

    private final EdgarClient client;
    private final EdgarSite site;
    private final FilingSink sink;
    private final Consumer<String> warn;
    private final Consumer<String> progress;

    /** One day: whether EDGAR had an archive, and how many entries were taken, already held, filtered out, refused. */
    public record Result(boolean found, int taken, int held, int filtered, int refused, long bytes) {}

    public FeedArchive(EdgarClient client, EdgarSite site, FilingSink sink, Consumer<String> warn, Consumer<String> progress) {
        this.client = client;
        this.site = site;
        this.sink = sink;
        this.warn = warn;
        this.progress = progress;
    }

    /** Streams one day's archive into the sink; entries must match {@code forms} and {@code ciks} when given. */
    public Result fetchDay(LocalDate day, FetchQuery q, Set<Long> ciks) throws IOException, InterruptedException {
        URI u = site.feed(day);
        String dir = "feed/" + EdgarSite.yyyymmdd(day) + "/";
        // Counted across attempts: a retried archive meets the entries it already took as "held", which they are not.
        Set<String> taken = new HashSet<>();
        int[] counts = new int[3]; // held, filtered, refused: of the last attempt, which read the archive to its end
        long[] bytes = new long[1];
        Optional<Boolean> found = client.fetch(u, body -> {
            Arrays.fill(counts, 0);
            TarReader tar = new TarReader(new GZIPInputStream(body, 1 << 16));
            TarReader.Entry e;
            while ((e = tar.next()) != null) {
                if (!e.isFile()) continue;
                String base = e.name().substring(e.name().lastIndexOf('/') + 1);
                if (!ENTRY_NAME.matcher(base).matches()) {
                    warn.accept(u + ": entry \"" + IndexFile.shorten(e.name()) + "\" is not an .nc file name; skipped");
                    counts[2]++;
                    continue;
                }
                String name = dir + base;
                if (e.size() > ENTRY_MAX) {
                    warn.accept(name + ": " + e.size() + " bytes, over the " + (ENTRY_MAX >> 20) + " MB limit for a Feed entry; skipped");
                    counts[2]++;
                    continue;
                }
                if (sink.has(name)) {
                    if (!taken.contains(name)) counts[0]++;
                    continue;
                }
                byte[] nc = tar.readBody((int) e.size());
                if (!wanted(nc, q, ciks)) {
                    counts[1]++;
                    continue;
                }
                if (!SubmissionEnd.isComplete(nc)) {
                    warn.accept(name + ": does not end with </SUBMISSION> or </SEC-DOCUMENT>; skipped");
                    counts[2]++;
                    continue;
                }
                sink.accept(name, nc);
                progress.accept(name + " (" + nc.length + " bytes)");
                taken.add(name);
                bytes[0] += nc.length;
            }
            return true;
        });
        if (found.isEmpty()) return new Result(false, 0, 0, 0, 0, 0);
        return new Result(true, taken.size(), counts[0], counts[1], counts[2], bytes[0]);
    }

    /** Form and CIK read from the head of the .nc, where its header sits. */
    static boolean wanted(byte[] nc, FetchQuery q, Set<Long> ciks) {
        if (q.forms().isEmpty() && ciks.isEmpty()) return true;
        String head = new String(nc, 0, Math.min(nc.length, HEAD), StandardCharsets.ISO_8859_1);
        if (!q.forms().isEmpty()) {
            Matcher m = TYPE.matcher(head);
            if (!m.find() || !q.wantsForm(m.group(1) != null ? m.group(1) : m.group(2))) return false;
        }
        if (!ciks.isEmpty()) {
            Matcher m = CIK.matcher(head);
            boolean any = false;
            while (m.find() && !any) any = ciks.contains(Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2)));
            return any;
        }
        return true;
    }
}
