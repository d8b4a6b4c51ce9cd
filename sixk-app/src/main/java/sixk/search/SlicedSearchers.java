package sixk.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * Searchers that read one query's segments on all cores. A search must see every match (facets
 * count them all), so its time grows with the index; split over the cores, a search of common
 * words on 100,000 documents takes half as long on two. Lucene's own slicing keeps an index of
 * fewer than 250,000 documents in one slice, and fills a slice before starting the next; here
 * each segment goes to the slice with the fewest documents so far, the largest first, so the
 * slices come out near equal. Segments are never split: a filing's documents sit in one segment,
 * and {@link FacetCounter} counts a filing once per segment.
 */
final class SlicedSearchers extends SearcherFactory implements AutoCloseable {
    private final int slices;
    private final ExecutorService executor;

    SlicedSearchers(int slices) {
        this.slices = slices;
        // The searching thread takes slices too, so one thread fewer than slices keeps every core busy and no more.
        this.executor = slices > 1 ? Executors.newFixedThreadPool(slices - 1, r -> {
            Thread t = new Thread(r, "sixk-search");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** As many slices as the machine has cores. */
    static SlicedSearchers forCores() { return new SlicedSearchers(Runtime.getRuntime().availableProcessors()); }

    @Override public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        if (executor == null) return new IndexSearcher(reader);
        return new IndexSearcher(reader, executor) {
            @Override protected LeafSlice[] slices(List<LeafReaderContext> leaves) { return balanced(leaves, slices); }
        };
    }

    /** The leaves in at most {@code n} slices of near equal documents: largest first, each to the lightest slice. */
    static IndexSearcher.LeafSlice[] balanced(List<LeafReaderContext> leaves, int n) {
        List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
        largestFirst.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
        int k = Math.max(1, Math.min(n, leaves.size()));
        List<List<IndexSearcher.LeafReaderContextPartition>> groups = new ArrayList<>();
        long[] docs = new long[k];
        for (int i = 0; i < k; i++) groups.add(new ArrayList<>());
        for (LeafReaderContext leaf : largestFirst) {
            int lightest = 0;
            for (int i = 1; i < k; i++) if (docs[i] < docs[lightest]) lightest = i;
            groups.get(lightest).add(IndexSearcher.LeafReaderContextPartition.createForEntireSegment(leaf));
            docs[lightest] += leaf.reader().maxDoc();
        }
        return groups.stream().filter(g -> !g.isEmpty()).map(IndexSearcher.LeafSlice::new).toArray(IndexSearcher.LeafSlice[]::new);
    }

    /** Work on a part of a search's hits. */
    @FunctionalInterface
    interface Part<T> {
        T of(int[] hits) throws IOException;
    }

    /** Work that may fail as I/O does. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    /** The results of {@link #beside}. */
    record Both<A, B>(A there, B here) {}

    /**
     * {@code there} on a search thread while {@code here} runs on this one; both are done when this
     * returns. {@code there} is run here too when no search thread has taken it by the time
     * {@code here} is done, so a busy pool delays nothing (with one core, it runs here after
     * {@code here}). A failure of {@code here} is thrown first, else one of {@code there}.
     */
    <A, B> Both<A, B> beside(Work<A> there, Work<B> here) throws IOException {
        FutureTask<A> other = new FutureTask<>(there::run);
        if (executor != null) executor.execute(other);
        B mine = null;
        Exception failed = null;
        try {
            mine = here.run();
        } catch (IOException | RuntimeException e) {
            failed = e;
        }
        // Run here if no search thread took it; either way it is done before the caller goes on (and releases its searcher).
        other.run();
        A theirs = null;
        try {
            theirs = other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a search thread");
        } catch (ExecutionException e) {
            if (failed == null && e.getCause() instanceof Exception cause) failed = cause;
            else if (failed == null) throw new IOException(e.getCause());
        }
        if (failed instanceof IOException io) throw io;
        if (failed instanceof RuntimeException r) throw r;
        if (failed != null) throw new IOException(failed);
        return new Both<>(theirs, mine);
    }

    /**
     * {@code work} on the two halves of {@code hits} ({@link #beside}: the first on a search thread,
     * the second here), in that order: reading and highlighting the hits of a page costs as much as
     * finding them.
     */
    <T> List<T> halves(int[] hits, Part<T> work) throws IOException {
        if (executor == null || hits.length < 2) return List.of(work.of(hits));
        int half = hits.length / 2;
        Both<T, T> both = beside(() -> work.of(Arrays.copyOfRange(hits, 0, half)), () -> work.of(Arrays.copyOfRange(hits, half, hits.length)));
        return List.of(both.there(), both.here());
    }

    @Override public void close() {
        if (executor != null) executor.shutdownNow();
    }
}
