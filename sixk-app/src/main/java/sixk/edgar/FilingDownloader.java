package sixk.edgar;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Downloads full submissions, one request each, on a few threads that share the client's
 * request budget. Each goes to a hidden staging file, must arrive whole (Content-Length and a
 * closing {@code </SEC-DOCUMENT>}), and only then reaches the sink; a filing the sink already
 * holds costs no request, which makes a fetch resumable.
 */
public final class FilingDownloader {
    static final String INCOMPLETE = "incomplete submission: it does not end with </SEC-DOCUMENT>";

    private final EdgarClient client;
    private final EdgarSite site;
    private final FilingSink sink;
    private final DirectorySink staging;
    private final int threads;
    private final Consumer<String> warn;
    private final Consumer<String> progress;

    /** What a run did. */
    public record Result(int listed, int skipped, int downloaded, int failed, long bytes) {}

    public FilingDownloader(EdgarClient client, EdgarSite site, FilingSink sink, DirectorySink staging, int threads,
                            Consumer<String> warn, Consumer<String> progress) {
        this.client = client;
        this.site = site;
        this.sink = sink;
        this.staging = staging;
        this.threads = Math.max(1, threads);
        this.warn = warn;
        this.progress = progress;
    }

    public Result download(List<FilingRef> refs) throws InterruptedException {
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger downloaded = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sixk-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> jobs = new ArrayList<>(refs.size());
            for (FilingRef ref : refs) {
                jobs.add(pool.submit(() -> {
                    try {
                        long n = one(ref);
                        if (n < 0) skipped.incrementAndGet();
                        else {
                            downloaded.incrementAndGet();
                            bytes.addAndGet(n);
                        }
                    } catch (IOException | RuntimeException e) {
                        failed.incrementAndGet();
                        warn.accept(ref.fileName() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InterruptedException ie) throw ie;
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(refs.size(), skipped.get(), downloaded.get(), failed.get(), bytes.get());
    }

    /** Bytes written, or -1 when the sink already held the filing. */
    long one(FilingRef ref) throws IOException, InterruptedException {
        String name = ref.fileName();
        if (sink.has(name)) return -1;
        Path part = staging.staging(name);
        Files.createDirectories(part.getParent());
        try {
            Optional<Long> size = client.fetch(site.filing(ref.cik(), ref.accession()), body -> {
                long n;
                try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                    n = body.transferTo(out);
                }
                if (!SubmissionEnd.isComplete(part)) throw new IOException(INCOMPLETE + " (" + n + " bytes)");
                return n;
            });
            if (size.isEmpty()) throw new EdgarException("not on EDGAR: " + site.filing(ref.cik(), ref.accession()));
            sink.accept(name, part);
            progress.accept(name + " (" + size.get() + " bytes)");
            return size.get();
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
