package sixk.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts matching filings per facet value while the search collects, beside the top documents:
 * each matching document is looked up in its segment's {@link SegmentFacets} as it comes, and a
 * filing counts once however many of its documents match (a filing's documents are added as one
 * block, so they share a segment and are told apart by the ordinal of their id there). Collecting
 * into a document set first and counting it afterwards read every match twice.
 */
final class FacetCounter implements Collector {
    /** A segment's facets, cached by the index. */
    interface Segments {
        SegmentFacets of(LeafReaderContext leaf) throws IOException;
    }

    /** Matching filings, and per facet the number of matching filings per value. */
    record Counts(long filings, Map<String, Map<String, Integer>> facets) {}

    private final Segments segments;
    private final List<Leaf> leaves = new ArrayList<>();

    FacetCounter(Segments segments) { this.segments = segments; }

    static CollectorManager<FacetCounter, Counts> manager(Segments segments) {
        return new CollectorManager<>() {
            @Override public FacetCounter newCollector() { return new FacetCounter(segments); }

            @Override public Counts reduce(Collection<FacetCounter> collectors) {
                List<Leaf> all = new ArrayList<>();
                for (FacetCounter c : collectors) all.addAll(c.leaves);
                return counts(all);
            }
        };
    }

    @Override public ScoreMode scoreMode() { return ScoreMode.COMPLETE_NO_SCORES; }

    @Override public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        Leaf leaf = new Leaf(segments.of(context));
        leaves.add(leaf);
        return leaf;
    }

    /** One segment's counts, by ordinal. */
    private static final class Leaf implements LeafCollector {
        private final SegmentFacets sf;
        private final int[] filingOf;
        private final int[][] values;
        private final int[][] events;
        private final int[][] counts;
        private final int[] eventCounts;
        private final FixedBitSet seen;
        private long filings;

        Leaf(SegmentFacets sf) {
            this.sf = sf;
            this.filingOf = sf.filingOf();
            this.values = sf.values();
            this.events = sf.events();
            this.counts = new int[SegmentFacets.SINGLE.length][];
            for (int k = 0; k < counts.length; k++) counts[k] = new int[sf.names()[k].length];
            this.eventCounts = new int[sf.eventNames().length];
            this.seen = new FixedBitSet(Math.max(1, sf.filings()));
        }

        @Override public void setScorer(Scorable scorer) { }

        @Override public void collect(int doc) {
            int f = filingOf[doc];
            if (f < 0 || seen.getAndSet(f)) return;
            filings++;
            for (int k = 0; k < counts.length; k++) {
                int o = values[k][f];
                if (o >= 0) counts[k][o]++;
            }
            for (int e : events[f]) eventCounts[e]++;
        }
    }

    private static Counts counts(List<Leaf> leaves) {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String f : SearchIndex.FACETS) facets.put(f, new TreeMap<>());
        long filings = 0;
        for (Leaf leaf : leaves) {
            filings += leaf.filings;
            SegmentFacets sf = leaf.sf;
            for (int k = 0; k < leaf.counts.length; k++) {
                Map<String, Integer> into = facets.get(SegmentFacets.NAMES[k]);
                for (int o = 0; o < leaf.counts[k].length; o++) if (leaf.counts[k][o] > 0) into.merge(sf.names()[k][o], leaf.counts[k][o], Integer::sum);
            }
            Map<String, Integer> into = facets.get("event");
            for (int o = 0; o < leaf.eventCounts.length; o++) if (leaf.eventCounts[o] > 0) into.merge(sf.eventNames()[o], leaf.eventCounts[o], Integer::sum);
        }
        return new Counts(filings, facets);
    }
}
