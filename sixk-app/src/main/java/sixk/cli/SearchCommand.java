package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sixk.record.Json;
import sixk.search.SearchIndex;
import sixk.search.SearchRequest;
import sixk.search.SearchResult;
import sixk.store.StoreException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the ingested filings: ranked hits with highlighted snippets and facet counts.",
                "The query is Lucene syntax: words, \"phrases\", AND/OR/NOT, field:value (headline, company), wildcards."})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "What to look for (empty: every filing).")
    String query = "";

    @Mixin DataDir dir = new DataDir();
    @Option(names = "--form", description = "Only this form (6-K, 8-K, …).") String form;
    @Option(names = "--event", description = "Only filings with this event type (milestone_payment, dividend, …).") String event;
    @Option(names = "--company", description = "Only this company (words of its name).") String company;
    @Option(names = "--cik", description = "Only this CIK.") String cik;
    @Option(names = "--from", paramLabel = "DATE", description = "Filed on or after (YYYY-MM-DD).") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Filed on or before (YYYY-MM-DD).") String to;
    @Option(names = "--limit", description = "Hits to show (default: ${DEFAULT-VALUE}).") int limit = 10;
    @Option(names = "--offset", description = "Hits to skip (default: ${DEFAULT-VALUE}).") int offset = 0;
    @Option(names = "--json", description = "Print the result as JSON.") boolean json;
    @Mixin SearchBackend backend = new SearchBackend();

    @Override public Integer call() throws IOException {
        SearchRequest request = new SearchRequest(query, form, event, company, cik, from, to, offset, limit);
        if (backend.isOpenSearch()) {
            try {
                return print(backend.searcher(null).search(request));
            } catch (sixk.opensearch.ClusterException e) {
                throw new UserException(e.getMessage());
            }
        }
        if (!Files.isDirectory(dir.index())) throw new StoreException("no index in " + dir.data + " (run `sixk ingest PATH --data " + dir.data + "` first)");
        try (SearchIndex index = SearchIndex.open(dir.index())) {
            return print(index.search(request));
        }
    }

    private int print(SearchResult r) throws IOException {
        PrintStream out = System.out;
        if (json) {
            out.println(Json.PRETTY.writeValueAsString(r));
            return 0;
        }
        boolean ansi = System.console() != null;
        out.printf("%d filings match (%.1f ms)%n%n", r.total(), r.millis());
        int rank = offset;
        for (SearchResult.Hit h : r.hits()) {
            out.printf("%d. %s  %s  %s  %s%n", ++rank, h.id(), h.form(), h.filed() == null ? "" : h.filed(), h.company() == null ? "" : h.company());
            if (h.headline() != null) out.println("   " + h.headline());
            if (!h.events().isEmpty()) out.println("   events: " + String.join(", ", h.events()));
            for (String s : h.snippets()) out.println("   … " + snippet(s, ansi) + " …");
            out.println();
        }
        for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
            if (f.getValue().isEmpty()) continue;
            StringBuilder b = new StringBuilder(f.getKey()).append(':');
            f.getValue().entrySet().stream().sorted((a, c) -> c.getValue() - a.getValue()).limit(8)
                    .forEach(e -> b.append(' ').append(e.getKey()).append(" (").append(e.getValue()).append(')'));
            out.println(b);
        }
        return 0;
    }

    /** The highlighter's escaped HTML as terminal text: matches in bold on a terminal, in *stars* otherwise. */
    static String snippet(String html, boolean ansi) {
        String s = html.replace("<b>", ansi ? "\u001b[1m" : "*").replace("</b>", ansi ? "\u001b[0m" : "*").replaceAll("\\s+", " ");
        return org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
}
