package sixk.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

import java.io.IOException;
import java.util.Arrays;

/**
 * One segment's facets (as of its deletions) as arrays: the filing of each document (the ordinal of its id, -1 when it
 * has none), and for each filing the ordinals of its form, year, country, company and events, with
 * the strings of those ordinals. Facet values belong to the filing, so they are read at the first
 * document of each filing. Built once per segment: a search that matches most of the index then
 * counts with array lookups instead of doc-values reads per matching document.
 */
record SegmentFacets(int filings, int[] filingOf, int[][] values, String[][] names, int[][] events, String[] eventNames) {
    /** The single-valued facets, their doc-values fields, and their names in results. */
    static final String[] SINGLE = {"form_dv", "year_dv", "country_dv", "company_dv"};
    static final String[] NAMES = {"form", "year", "country", "company"};
    private static final int[] NONE = new int[0];

    static SegmentFacets read(LeafReader reader) throws IOException {
        SortedDocValues ids = DocValues.getSorted(reader, "id_dv");
        int filings = ids.getValueCount();
        int[] filingOf = new int[reader.maxDoc()];
        Arrays.fill(filingOf, -1);
        SortedDocValues[] single = new SortedDocValues[SINGLE.length];
        int[][] values = new int[SINGLE.length][filings];
        String[][] names = new String[SINGLE.length][];
        for (int k = 0; k < SINGLE.length; k++) {
            single[k] = DocValues.getSorted(reader, SINGLE[k]);
            Arrays.fill(values[k], -1);
            names[k] = new String[single[k].getValueCount()];
            for (int o = 0; o < names[k].length; o++) names[k][o] = single[k].lookupOrd(o).utf8ToString();
        }
        SortedSetDocValues event = DocValues.getSortedSet(reader, "event_dv");
        String[] eventNames = new String[(int) event.getValueCount()];
        for (int o = 0; o < eventNames.length; o++) eventNames[o] = event.lookupOrd(o).utf8ToString();
        int[][] events = new int[filings][];
        // Deleted documents belong to no filing: a filing replaced within one segment keeps only its new values.
        org.apache.lucene.util.Bits live = reader.getLiveDocs();
        for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
            if (live != null && !live.get(doc)) continue;
            int f = ids.ordValue();
            filingOf[doc] = f;
            if (events[f] != null) continue;
            for (int k = 0; k < SINGLE.length; k++) if (single[k].advanceExact(doc)) values[k][f] = single[k].ordValue();
            if (event.advanceExact(doc)) {
                int[] e = new int[event.docValueCount()];
                for (int i = 0; i < e.length; i++) e[i] = (int) event.nextOrd();
                events[f] = e;
            } else {
                events[f] = NONE;
            }
        }
        for (int f = 0; f < filings; f++) if (events[f] == null) events[f] = NONE;
        return new SegmentFacets(filings, filingOf, values, names, events, eventNames);
    }
}
