package sixk.store;

import sixk.submission.TarReader;
import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;
import sixk.pipeline.InputNames;
import sixk.table.RecordTables;
import sixk.table.Table;
import sixk.table.IndexedFiling;
import sixk.search.SearchIndex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads filings into the store and the other sinks (the search index). Inputs are files,
 * directories, .zip archives and .tar.gz archives (an EDGAR daily Feed of .nc files too), read as
 * a stream without unpacking. Extraction runs on {@code threads} workers, which also put each
 * record into the sinks that take records from many threads (the Lucene index); one writer stores
 * the records in batched transactions, and the index is committed only when every record put into
 * it is stored. An input already read (same SHA-256) is skipped, so a second run does nothing and
 * a run after a crash finishes the work; on start, filings the store holds but the index lacks are
 * indexed again.
 */
public final class Ingester {
    /** What a run did: filings stored, inputs skipped as already read, bytes read, failures with their input names. */
    public record Summary(int filings, int skipped, long bytes, double seconds, List<String> failures, List<String> notFilings) {}

    /** Told of each input as it is done. */
    public interface Progress {
        void done(String name, long bytes);
    }

    /** Filings in flight per extraction thread: enough that the store writes few, large transactions. */
    private static final int IN_FLIGHT_PER_THREAD = 32;
    /** The most input bytes in flight at once, whatever their number (a few huge filings must not exhaust memory). */
    private static final long IN_FLIGHT_BYTES = 256L << 20;
    /** The most filings written in one store transaction. */
    private static final int BATCH = 64;

    private final FilingStore store;
    private final List<RecordSink> sinks;
    /** The sinks the workers put records into ({@link RecordSink#concurrent}), and those the writer puts them into after the store. */
    private final List<RecordSink> byWorkers, byWriter;
    private final FilingReader reader = FilingReader.standard();
    /**
     * Time between index commits during a run. A commit stops the workers while the writer drains
     * what is in flight and Lucene writes its buffers, a fixed cost per commit: by time, that cost
     * is a bounded share of any run, and a reader sees new filings within this delay.
     */
    private static final long COMMIT_NANOS = 15_000_000_000L;
    /** Filings between index commits, besides the time (the system property is for tests that need commits in a small run). */
    private final int commitEvery = Integer.getInteger("sixk.ingest.commitEvery", Integer.MAX_VALUE);

    public Ingester(FilingStore store, List<RecordSink> sinks) {
        this.store = store;
        this.sinks = List.copyOf(sinks);
        this.byWorkers = this.sinks.stream().filter(RecordSink::concurrent).toList();
        this.byWriter = this.sinks.stream().filter(k -> !k.concurrent()).toList();
    }

    /**
     * Extracts one filing held in memory, keeps its original, writes and commits it everywhere.
     * An input that is not a filing ({@link FilingReader#notAFiling}) is returned unwritten.
     */
    public synchronized FilingRecord ingestOne(byte[] bytes, String name) throws IOException {
        String sha = sha256(bytes);
        FilingRecord r = reader.read(bytes, name, sha);
        if (FilingReader.notAFiling(r) != null) return r;
        write(r, bytes, sha, name);
        for (RecordSink s : sinks) s.commit();
        return r;
    }

    /**
     * Extracts and writes one filing without committing the index (a fetch hands many in turn, from
     * several threads); {@link #commit()} makes them visible. The store's row is durable at once.
     */
    public synchronized FilingRecord add(byte[] bytes, String name) throws IOException {
        String sha = sha256(bytes);
        if (store.hasSource(sha)) return null;
        FilingRecord r = reader.read(bytes, name, sha);
        if (FilingReader.notAFiling(r) != null) return r;
        write(r, bytes, sha, name);
        return r;
    }

    /** Commits every sink. */
    public synchronized void commit() throws IOException {
        for (RecordSink s : sinks) s.commit();
    }

    /** Indexes again every filing the store holds and a sink lacks (after a crash between the two). */
    public synchronized int catchUp() throws IOException {
        Set<String> stored = store.ids();
        int n = 0;
        for (RecordSink s : sinks) {
            if (!(s instanceof SearchIndex index)) continue;
            Set<String> held = index.ids();
            for (String id : stored) {
                if (held.contains(id)) continue;
                IndexedFiling f = store.indexedFiling(id);
                if (f != null) { index.put(f); n++; }
            }
            index.commit();
        }
        return n;
    }

    /** Reads every input; a bad one becomes a failure line and the run goes on. */
    public synchronized Summary ingest(List<Path> inputs, int threads, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        catchUp();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sixk-ingest");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Done> done = new ExecutorCompletionService<>(pool);
        Run run = new Run(done, Math.max(4, threads * IN_FLIGHT_PER_THREAD), progress);
        try {
            for (Path input : inputs) run.input(input);
            run.drain(0);
            // The store's checkpoint (compressing what the run wrote) and the index's commit (writing its last segment)
            // are each one thread's work at the end of a run: side by side, not one after the other.
            Future<?> checkpoint = pool.submit(() -> { store.checkpoint(); return null; });
            run.commitSinks();
            await(checkpoint);
            if (run.storeFailed) catchUp();
        } finally {
            pool.shutdownNow();
        }
        return new Summary(run.filings, run.skipped, run.bytes, (System.nanoTime() - t0) / 1e9, run.failures, run.notFilings);
    }

    /** The result of work done on the pool; its failure, or an interruption while waiting, as an IOException. */
    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** One extraction done on the pool: the record, its rows and its compressed original, or the error. */
    private record Done(String name, long size, String sha, FilingRecord record, Map<Table, List<Object[]>> rows, byte[] original, String error) {}

    /** The state of one run: what is in flight, what was done. */
    private final class Run {
        final CompletionService<Done> done;
        final int window;
        long bytesInFlight;
        final Progress progress;
        int inFlight, filings, skipped, sinceCommit;
        /** When the sinks were last committed (or the run began). */
        long lastCommit = System.nanoTime();
        /** Whether a batch could not be stored (its filings taken out of the index again, with any version stored before). */
        boolean storeFailed;
        long bytes;
        /** The SHA-256 of every input taken in this run: one the store holds or the run took already is skipped. */
        final Set<String> taken = new java.util.HashSet<>();
        final List<String> failures = new ArrayList<>();
        /** Inputs that are data, not filings (an index, JSON, a table): neither stored nor failed. */
        final List<String> notFilings = new ArrayList<>();

        Run(CompletionService<Done> done, int window, Progress progress) {
            this.done = done;
            this.window = window;
            this.progress = progress;
        }

        void input(Path p) throws IOException {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(p)) {
                    files = s.filter(Files::isRegularFile).filter(f -> InputNames.isFiling(f.getFileName().toString())).sorted().toList();
                }
                for (Path f : files) input(f);
                return;
            }
            String name = p.toString();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            try {
                if (lower.endsWith(".zip")) zip(p);
                else if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) tar(p);
                else {
                    String tooLarge = InputNames.tooLarge(Files.size(p));
                    if (tooLarge != null) throw new IOException(tooLarge);
                    submit(name, Files.readAllBytes(p));
                }
            } catch (IOException e) {
                failures.add(name + ": " + e.getMessage());
                if (progress != null) progress.done(name, 0);
            }
        }

        void zip(Path p) throws IOException {
            try (ZipInputStream z = new ZipInputStream(Files.newInputStream(p))) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    if (e.isDirectory()) continue;
                    byte[] entry = z.readNBytes((int) InputNames.MAX_BYTES + 1);
                    String tooLarge = InputNames.tooLarge(entry.length);
                    // A zip entry's size is not always known before it is read: one too large is reported and the rest still read.
                    if (tooLarge != null) failures.add(p + "!" + e.getName() + ": " + tooLarge);
                    else submit(p + "!" + e.getName(), entry);
                }
            }
        }

        void tar(Path p) throws IOException {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
                TarReader tar = new TarReader(in);
                for (TarReader.Entry e = tar.next(); e != null; e = tar.next()) {
                    if (!e.isFile()) continue;
                    String tooLarge = InputNames.tooLarge(e.size());
                    if (tooLarge != null) { failures.add(p + "!" + e.name() + ": " + tooLarge); continue; }
                    submit(p + "!" + e.name(), tar.readBody((int) e.size()));
                }
            }
        }

        void submit(String name, byte[] bytes) throws IOException {
            String sha = sha256(bytes);
            if (store.hasSource(sha) || !taken.add(sha)) {
                skipped++;
                if (progress != null) progress.done(name, bytes.length);
                return;
            }
            // Half the window at a time: draining one filing whenever one finished made a transaction (and its fixed
            // cost in DuckDB) per filing or two, and the store, not extraction, set the pace.
            if (inFlight >= window) drain(window / 2);
            while (inFlight > 0 && bytesInFlight + bytes.length > IN_FLIGHT_BYTES) drain(inFlight - 1);
            // The workers have put into the index every filing in flight: it is committed once they are all stored.
            if (sinceCommit >= commitEvery || (sinceCommit > 0 && System.nanoTime() - lastCommit >= COMMIT_NANOS)) {
                drain(0);
                commitSinks();
            }
            // All the work that needs no store transaction runs on the pool: extraction, the rows, the original
            // compressed (the writer stores it in the filing's transaction) and the filing put into the index.
            done.submit(() -> {
                try {
                    FilingRecord r = reader.read(bytes, name, sha);
                    if (FilingReader.notAFiling(r) != null) return new Done(name, bytes.length, sha, r, null, null, null);
                    byte[] original = FilingStore.compress(bytes);
                    Map<Table, List<Object[]>> rows = RecordTables.rows(r);
                    // Indexing costs as much as the store: on the workers, it leaves the writer only the store's transactions.
                    for (RecordSink s : byWorkers) s.put(r, rows);
                    return new Done(name, bytes.length, sha, r, rows, original, null);
                } catch (RuntimeException | IOException e) {
                    return new Done(name, bytes.length, sha, null, null, null, e instanceof IOException ? e.getMessage() : e.toString());
                }
            });
            inFlight++;
            bytesInFlight += bytes.length;
        }

        /**
         * Writes finished extractions until at most {@code max} are in flight, in store transactions
         * of whole filings: each waits for the filings it must write, then takes every other
         * extraction that is already done (up to {@link #BATCH}).
         */
        void drain(int max) throws IOException {
            while (inFlight > max) {
                List<Done> batch = new ArrayList<>();
                int want = Math.min(BATCH, inFlight - max);
                while (batch.size() < want) {
                    Future<Done> next;
                    try {
                        next = done.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted");
                    }
                    batch.add(await(next));
                    inFlight--;
                }
                Future<Done> more;
                while (batch.size() < BATCH && (more = done.poll()) != null) {
                    batch.add(await(more));
                    inFlight--;
                }
                List<Done> good = new ArrayList<>();
                for (Done d : batch) {
                    bytes += d.size();
                    bytesInFlight -= d.size();
                    if (d.record() == null) failures.add(d.name() + ": " + d.error());
                    else if (FilingReader.notAFiling(d.record()) != null) notFilings.add(d.name() + ": " + FilingReader.notAFiling(d.record()));
                    else good.add(d);
                }
                try {
                    store(good);
                } catch (IOException e) {
                    for (Done d : good) failures.add(d.name() + ": " + e.getMessage());
                    // Not stored, so not indexed either (a version stored before is indexed again by the next run's catch-up).
                    for (Done d : good) for (RecordSink s : byWorkers) s.delete(d.record().id());
                    storeFailed = true;
                    good = List.of();
                }
                filings += good.size();
                sinceCommit += good.size();
                try {
                    index(good);
                } catch (IOException e) {
                    for (Done d : good) failures.add(d.name() + ": " + e.getMessage());
                }
                if (progress != null) for (Done d : batch) progress.done(d.name(), d.size());
            }
        }

        /** The filings stored in this run: one read from a second input is put into the index again by the writer. */
        final Set<String> stored = new java.util.HashSet<>();

        /**
         * Puts a stored batch into the sinks the writer serves (the store first: the index never holds
         * a filing the store lacks). A filing read from two inputs was put by two workers in either
         * order; the writer puts the version the store kept (the later one) last.
         */
        void index(List<Done> batch) throws IOException {
            for (Done d : batch) {
                boolean again = !stored.add(d.record().id());
                for (RecordSink s : again ? sinks : byWriter) s.put(d.record(), d.rows());
            }
        }

        /** Commits every sink. */
        void commitSinks() throws IOException {
            for (RecordSink s : sinks) s.commit();
            sinceCommit = 0;
            lastCommit = System.nanoTime();
        }
    }

    /** One store transaction for filings and their originals: a filing in the store always has its original. */
    private void store(List<Done> batch) throws IOException {
        if (batch.isEmpty()) return;
        List<FilingStore.Entry> entries = new ArrayList<>();
        for (Done d : batch) entries.add(new FilingStore.Entry(d.record().id(), d.rows(), d.original(), d.sha(), d.name()));
        store.putAll(entries);
    }

    /** The store's transaction (the filing and its original), then the index. */
    private void write(FilingRecord r, byte[] bytes, String sha, String name) throws IOException {
        FilingStore.Entry entry = FilingStore.Entry.of(r, bytes, sha, name);
        store.putAll(List.of(entry));
        for (RecordSink s : sinks) s.put(r, entry.rows());
    }

    static String sha256(byte[] bytes) { return FilingReader.sha256(java.nio.ByteBuffer.wrap(bytes)); }
}
