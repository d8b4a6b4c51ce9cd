package sixk.bench;

import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;
import sixk.table.IndexedFiling;
import sixk.search.SearchIndex;
import sixk.search.SearchRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Search latency on an index of the corpus replicated to {@code docs} Lucene documents (each copy a
 * filing of its own), over a fixed mix of queries: words, phrases, boolean, wildcards, with and
 * without filters. Every search is the full one the API runs: ranking, grouping per filing,
 * facets and highlighted snippets.
 */
public final class SearchBenchmark {
    public record Result(int documents, int filings, double indexSeconds, int queries, double p50, double p90, double p99, double max,
                         List<Timed> slowest) {}

    /** One timed search: what drives the 99th percentile is worth seeing, not only its value. */
    public record Timed(double ms, SearchRequest request) {}

    /** Searches of the same mix run before the timed ones. */
    private static final int WARMUP = 1000;
    /** How many of the slowest searches a result lists. */
    private static final int SLOWEST = 10;

    private static final String[] WORDS = {"milestone", "dividend", "revenue", "guidance", "acquisition", "agreement", "results", "quarter",
            "cash", "shareholders", "meeting", "appointed", "director", "license", "payment", "million", "profit", "board", "offering", "growth",
            "market", "products", "customers", "financing", "shares", "interim", "annual", "report", "bank", "energy"};
    private static final String[] QUERIES = {"\"milestone payment\"", "\"net income\"", "\"first quarter\"", "dividend AND cash",
            "revenue OR sales", "results NOT quarter", "acqui*", "headline:results", "company:ballard", "\"cash position\"",
            "guidance AND (raise OR lower)", "\"annual general meeting\""};
    private static final String[] EVENTS = {"results_of_operations", "guidance", "dividend", "material_agreement", "other", "cash_position"};

    private SearchBenchmark() {}

    public static Result run(List<Path> files, int docs, int queries) throws IOException {
        FilingReader reader = FilingReader.standard();
        List<IndexedFiling> corpus = new ArrayList<>();
        for (Path f : files) {
            FilingRecord r = reader.read(f);
            IndexedFiling i = IndexedFiling.of(r);
            if (!i.documents().isEmpty()) corpus.add(i);
        }
        if (corpus.isEmpty()) throw new IOException("no filing with text to index");
        Path dir = Files.createTempDirectory("sixk-bench-search");
        try (SearchIndex index = SearchIndex.open(dir)) {
            long t0 = System.nanoTime();
            int added = 0, filings = 0;
            for (int copy = 0; added < docs; copy++) {
                for (IndexedFiling f : corpus) {
                    if (added >= docs) break;
                    index.put(new IndexedFiling(f.id() + "-" + copy, f.form(), f.company(), f.cik(), f.filed(), f.country(), f.events(),
                            f.tickers(), f.headline(), f.documents()));
                    added += f.documents().size();
                    filings++;
                }
            }
            index.commit();
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            Random random = new Random(42);
            List<SearchRequest> mix = new ArrayList<>();
            for (int i = 0; i < queries + WARMUP; i++) mix.add(request(random));
            // A server answers for hours: the figures are for compiled code, not for the JIT's first minutes.
            for (SearchRequest r : mix.subList(0, WARMUP)) index.search(r);
            double[] ms = new double[queries];
            List<Timed> timed = new ArrayList<>(queries);
            for (int i = 0; i < queries; i++) {
                long s = System.nanoTime();
                index.search(mix.get(WARMUP + i));
                ms[i] = (System.nanoTime() - s) / 1e6;
                timed.add(new Timed(ms[i], mix.get(WARMUP + i)));
            }
            Arrays.sort(ms);
            timed.sort(java.util.Comparator.comparingDouble(Timed::ms).reversed());
            return new Result(added, filings, indexSeconds, queries, pct(ms, 50), pct(ms, 90), pct(ms, 99), ms[ms.length - 1],
                    List.copyOf(timed.subList(0, Math.min(SLOWEST, timed.size()))));
        } finally {
            IngestBenchmark.delete(dir);
        }
    }

    private static SearchRequest request(Random r) {
        String q = r.nextInt(3) == 0 ? QUERIES[r.nextInt(QUERIES.length)] : WORDS[r.nextInt(WORDS.length)]
                + (r.nextBoolean() ? " " + WORDS[r.nextInt(WORDS.length)] : "");
        String form = r.nextInt(4) == 0 ? "6-K" : null;
        String event = r.nextInt(5) == 0 ? EVENTS[r.nextInt(EVENTS.length)] : null;
        String from = r.nextInt(5) == 0 ? "2009-01-01" : null, to = from != null ? "2009-12-31" : null;
        return new SearchRequest(q, form, event, null, null, from, to, r.nextInt(4) == 0 ? 10 : 0, 10);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
