package sixk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import sixk.record.FilingRecord;
import sixk.table.IndexedFiling;
import sixk.table.Table;
import sixk.store.RecordSink;
import sixk.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The embedded Lucene index below a data directory: one Lucene document per prose document of a
 * filing, carrying the filing's fields (form, company, CIK, events, tickers, date, country) so that
 * a query on words and filters on fields run in one search. Hits are grouped per filing; facets
 * count filings, not documents.
 */
public final class SearchIndex implements RecordSink, Searcher {
    static final String[] FACETS = {"form", "event", "year", "country", "company"};
    private static final String[] SEARCHED = {"text", "headline", "company"};
    private static final Map<String, Float> BOOSTS = Map.of("text", 1f, "headline", 3f, "company", 2f);
    private static final int HIGHLIGHT_CHARS = 200_000;

    /** Text with offsets in its postings, so the highlighter finds passages without re-analyzing whole documents. */
    private static final org.apache.lucene.document.FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static org.apache.lucene.document.FieldType textWithOffsets() {
        org.apache.lucene.document.FieldType t = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private final IndexWriter writer;
    private final SlicedSearchers slicing = SlicedSearchers.forCores();
    private final SearcherManager searchers;
    private final Analyzer analyzer = new EnglishTextAnalyzer();

    private SearchIndex(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, slicing);
    }

    /** Opens (creating if needed) the index in {@code dir} for writing and searching. */
    public static SearchIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(new EnglishTextAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try {
            return new SearchIndex(new IndexWriter(FSDirectory.open(dir), config));
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new StoreException("the index in " + dir + " is in use by another sixk process");
        }
    }

    @Override public void put(FilingRecord record) throws IOException { put(IndexedFiling.of(record)); }

    @Override public void put(FilingRecord record, Map<Table, List<Object[]>> rows) throws IOException { put(IndexedFiling.of(rows)); }

    /** Adds or replaces a filing's documents. */
    public void put(IndexedFiling f) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (IndexedFiling.Doc d : f.documents()) {
            Document doc = new Document();
            doc.add(new StringField("id", f.id(), Field.Store.YES));
            doc.add(new SortedDocValuesField("id_dv", new BytesRef(f.id())));
            doc.add(new StoredField("n", d.n()));
            if (d.type() != null) doc.add(new StoredField("doc_type", d.type()));
            doc.add(new Field("text", d.text(), TEXT_WITH_OFFSETS));
            if (f.headline() != null) doc.add(new TextField("headline", f.headline(), Field.Store.YES));
            if (f.company() != null) {
                doc.add(new TextField("company", f.company(), Field.Store.YES));
                doc.add(new SortedDocValuesField("company_dv", new BytesRef(f.company())));
            }
            if (f.cik() != null) doc.add(new StringField("cik", f.cik(), Field.Store.YES));
            if (f.form() != null) {
                doc.add(new StringField("form", f.form(), Field.Store.YES));
                doc.add(new SortedDocValuesField("form_dv", new BytesRef(f.form())));
            }
            for (String e : f.events()) {
                doc.add(new StringField("event", e, Field.Store.YES));
                doc.add(new SortedSetDocValuesField("event_dv", new BytesRef(e)));
            }
            for (String t : f.tickers()) doc.add(new StringField("ticker", t, Field.Store.NO));
            if (f.filed() != null) {
                doc.add(new LongPoint("date", LocalDate.parse(f.filed()).toEpochDay()));
                doc.add(new StoredField("filed", f.filed()));
                doc.add(new SortedDocValuesField("year_dv", new BytesRef(f.year())));
            }
            if (f.country() != null) {
                doc.add(new StringField("country", f.country(), Field.Store.NO));
                doc.add(new SortedDocValuesField("country_dv", new BytesRef(f.country())));
            }
            docs.add(doc);
        }
        // One step: two threads putting the same filing leave one version, never both.
        if (docs.isEmpty()) writer.deleteDocuments(new Term("id", f.id()));
        else writer.updateDocuments(new Term("id", f.id()), docs);
    }

    /** IndexWriter takes documents from many threads; readers see them at {@link #commit}. */
    @Override public boolean concurrent() { return true; }

    @Override public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term("id", id));
    }

    @Override public void commit() throws IOException {
        // Lucene's commit writes the buffers of the threads that indexed one after another (at the end of an ingest,
        // one core's work while the other waits): a search thread writes the largest beside it, and the commit waits for it.
        slicing.beside(writer::flushNextBuffer, () -> writer.commit());
        searchers.maybeRefreshBlocking();
    }

    @Override public Set<String> ids() throws IOException {
        Set<String> out = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer.getDirectory())) {
            Terms terms = MultiTerms.getTerms(reader, "id");
            if (terms == null) return out;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) out.add(t.utf8ToString());
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return out;
        }
        return out;
    }

    /** Runs a search: ranked filings, highlighted snippets, facet counts. */
    @Override public SearchResult search(SearchRequest r) throws IOException {
        long t0 = System.nanoTime();
        Query query = parse(r);
        IndexSearcher searcher = searchers.acquire();
        try {
            int want = r.offset() + r.limit();
            int candidates = Math.max(50, want * 5);
            Object[] found = searcher.search(query, new org.apache.lucene.search.MultiCollectorManager(
                    new org.apache.lucene.search.TopScoreDocCollectorManager(candidates, candidates), FacetCounter.manager(this::segmentFacets)));
            TopDocs top = (TopDocs) found[0];
            FacetCounter.Counts counted = (FacetCounter.Counts) found[1];
            Map<String, Map<String, Integer>> facets = counted.facets();
            long total = counted.filings();
            List<ScoreDoc> best = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            // Grouping reads ids from doc values: stored fields would decompress the documents' text.
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), "id_dv");
                if (!ids.advanceExact(sd.doc - leaf.docBase)) continue;
                if (seen.add(ids.lookupOrd(ids.ordValue()).utf8ToString())) best.add(sd);
                if (best.size() >= want) break;
            }
            List<ScoreDoc> page = best.subList(Math.min(r.offset(), best.size()), Math.min(want, best.size()));
            int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
            Query shown = highlighted(searcher, r, query);
            List<HitsRead> parts = slicing.halves(docIds, ids -> read(searcher, shown, ids));
            Document[] docs = parts.stream().flatMap(x -> java.util.Arrays.stream(x.docs())).toArray(Document[]::new);
            String[] snippets = parts.stream().flatMap(x -> java.util.Arrays.stream(x.snippets())).toArray(String[]::new);
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                Document d = docs[i];
                List<String> events = new ArrayList<>();
                for (var f : d.getFields("event")) events.add(f.stringValue());
                String snippet = snippets[i];
                hits.add(new SearchResult.Hit(d.get("id"), d.get("form"), d.get("company"), d.get("cik"), d.get("filed"), d.get("headline"),
                        events, d.getField("n").numericValue().intValue(), d.get("doc_type"), page.get(i).score,
                        snippet == null ? List.of() : List.of(snippet.split("… ")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
            }
            return new SearchResult(total, hits, facets, (System.nanoTime() - t0) / 1e6);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Hits' stored fields, and their snippets. */
    private record HitsRead(Document[] docs, String[] snippets) {}

    /** The fields and snippets of hits {@code docIds}. */
    private HitsRead read(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        if (docIds.length == 0) return new HitsRead(new Document[0], new String[0]);
        StoredFields stored = searcher.storedFields();
        // A hit's fields and its text come in one read: each read decompresses the document's whole block, text and all.
        Document[] docs = new Document[docIds.length];
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            docs[i] = stored.document(docIds[i], HIT_FIELDS);
            String text = docs[i].get("text");
            texts.put(docIds[i], text == null ? "" : text.length() > HIGHLIGHT_CHARS ? text.substring(0, HIGHLIGHT_CHARS) : text);
        }
        String[] snippets = highlighter(searcher, texts).highlightFields(new String[]{"text"}, query, docIds, new int[]{2}).get("text");
        return new HitsRead(docs, snippets);
    }

    private static final Set<String> HIT_FIELDS = Set.of("id", "form", "company", "cik", "filed", "headline", "event", "n", "doc_type", "text");

    /** A highlighter of the hits' text as already read ({@code texts} by document number), scoring sentences without garbage. */
    private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, String> texts) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", "… ", true))
                .withMaxLength(HIGHLIGHT_CHARS)
                .withBreakIterator(SentenceBreaks::new)
                .withScorer(new SentenceScorer());
        return new UnifiedHighlighter(builder) {
            @Override protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> out = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    CharSequence[] values = new CharSequence[fields.length];
                    for (int k = 0; k < fields.length; k++) values[k] = fields[k].equals("text") ? texts.getOrDefault(doc, "") : "";
                    out.add(values);
                }
                return out;
            }
        };
    }

    /** Per segment and its deletions, read once (a new deletion makes a new reader key); a closed reader leaves the cache. */
    private final Map<Object, SegmentFacets> segmentFacets = new java.util.concurrent.ConcurrentHashMap<>();

    private SegmentFacets segmentFacets(LeafReaderContext leaf) throws IOException {
        org.apache.lucene.index.IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
        if (helper == null) return SegmentFacets.read(leaf.reader());
        Object key = helper.getKey();
        SegmentFacets sf = segmentFacets.get(key);
        if (sf == null) {
            sf = SegmentFacets.read(leaf.reader());
            if (segmentFacets.putIfAbsent(key, sf) == null) helper.addClosedListener(segmentFacets::remove);
        }
        return sf;
    }

    /** The query: the user's words over text, headline and company, and the filters as required clauses. */
    Query parse(SearchRequest r) { return parse(r, null); }

    /**
     * The query the highlighter reads: a wildcard expanded into the indexed terms it matches. Given
     * the wildcard itself, the highlighter analyzes each hit's whole text again to find its matches
     * (the slowest searches were wildcards); given the terms, it reads their offsets from the
     * postings, as for plain words. Past the clause limit the wildcard is highlighted as it is.
     */
    private Query highlighted(IndexSearcher searcher, SearchRequest r, Query query) throws IOException {
        boolean[] wildcard = {false};
        query.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                wildcard[0] = true;
            }
        });
        if (!wildcard[0]) return query;
        try {
            return searcher.rewrite(parse(r, org.apache.lucene.search.MultiTermQuery.SCORING_BOOLEAN_REWRITE));
        } catch (IndexSearcher.TooManyClauses e) {
            return query;
        }
    }

    /** The query, its wildcards rewritten by {@code rewrite} when given. */
    private Query parse(SearchRequest r, org.apache.lucene.search.MultiTermQuery.RewriteMethod rewrite) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (r.query() == null || r.query().isBlank()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCHED, analyzer, BOOSTS);
            if (rewrite != null) parser.setMultiTermRewriteMethod(rewrite);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parser.setAllowLeadingWildcard(false);
            try {
                b.add(parser.parse(r.query()), BooleanClause.Occur.MUST);
            } catch (ParseException | IllegalArgumentException e) {
                throw new QuerySyntaxException("cannot read the query \"" + QuerySyntaxException.shortened(r.query()) + "\": " + reason(e.getMessage(), r.query()));
            } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
                throw new QuerySyntaxException("the query \"" + QuerySyntaxException.shortened(r.query()) + "\" expands to too many terms; make wildcards longer");
            }
        }
        if (r.form() != null) b.add(new TermQuery(new Term("form", r.form().toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        if (r.event() != null) b.add(new TermQuery(new Term("event", r.event())), BooleanClause.Occur.FILTER);
        if (r.cik() != null) b.add(new TermQuery(new Term("cik", IndexedFiling.cik(r.cik()))), BooleanClause.Occur.FILTER);
        if (r.company() != null) {
            try {
                QueryParser p = new QueryParser("company", analyzer);
                p.setDefaultOperator(QueryParser.Operator.AND);
                b.add(p.parse(QueryParser.escape(r.company())), BooleanClause.Occur.FILTER);
            } catch (ParseException e) {
                throw new QuerySyntaxException("cannot read the company \"" + r.company() + "\"");
            }
        }
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : day(r.from()), hi = r.to() == null ? Long.MAX_VALUE : day(r.to());
            b.add(LongPoint.newRangeQuery("date", lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static long day(String iso) {
        try {
            return LocalDate.parse(iso).toEpochDay();
        } catch (java.time.format.DateTimeParseException e) {
            throw new QuerySyntaxException("not a date (YYYY-MM-DD): " + iso);
        }
    }

    /** The parser's reason, without its copy of the query: a pasted page would fill the screen twice. */
    private static String reason(String message, String query) {
        String line = firstLine(message);
        String echo = "Cannot parse '" + query + "': ";
        return line.startsWith(echo) ? line.substring(echo.length()) : line;
    }

    private static String firstLine(String m) {
        if (m == null) return "syntax error";
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    @Override public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                slicing.close();
            }
        }
    }
}
