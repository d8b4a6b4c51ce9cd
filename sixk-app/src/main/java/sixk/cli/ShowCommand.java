package sixk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sixk.record.Json;
import sixk.store.FilingStore;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one ingested filing by accession number or id: readable, --json for the record, --original for the bytes as received.")
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Accession number (0000903423-09-000080) or SHA-256 id.") String id;
    @Mixin DataDir dir = new DataDir();
    @Option(names = "--json", description = "Print the raw record.") boolean json;
    @Option(names = "--original", description = "Write the filing's bytes as they were received (to a file: `> FILE`).") boolean original;

    @Override public Integer call() throws IOException {
        try (FilingStore store = FilingStore.openReadOnly(dir.data)) {
            FilingStore.Stored s = store.record(id).orElseThrow(() -> new UserException("no filing " + id + " in " + dir.data));
            PrintStream out = System.out;
            if (original) {
                byte[] bytes = store.original(id).orElseThrow(() -> new UserException("the original of " + id + " is not kept in " + dir.data));
                out.write(bytes);
                out.flush();
                return 0;
            }
            if (json) {
                out.println(Json.PRETTY.writeValueAsString(s.record()));
                return 0;
            }
            print(s.record(), out);
            return 0;
        }
    }

    static void print(JsonNode r, PrintStream out) {
        JsonNode cover = r.path("cover");
        out.printf("%s  %s  %s%n", text(r.path("accession"), "(no accession)"), text(r.path("form"), "?"), text(cover.path("registrant_name"), ""));
        JsonNode h = r.path("header");
        if (!h.isNull() && !h.isMissingNode()) out.printf("filed %s, period %s%n", text(h.path("filed_as_of"), "?"), text(h.path("period_of_report"), "?"));
        out.printf("cover: month %s, file number %s, annual report %s, office %s%n", text(cover.path("report_month"), "-"),
                text(cover.path("commission_file_number"), "-"), text(cover.path("annual_report_form"), "-"),
                text(cover.path("principal_office").path("text"), "-"));
        for (JsonNode s : r.path("signatures")) out.printf("signed: %s, %s (%s)%n", text(s.path("name"), "?"), text(s.path("title"), ""), text(s.path("date"), ""));
        for (JsonNode d : r.path("documents")) {
            if (!d.path("exhibit_number").isNull()) out.printf("exhibit %s: %s%n", d.path("exhibit_number").asText(), text(d.path("title"), text(d.path("description"), "")));
        }
        for (JsonNode p : r.path("press_releases")) {
            out.printf("press release: %s%n", text(p.path("headline"), "(no headline)"));
            JsonNode dl = p.path("dateline");
            out.printf("  %s, %s%n", text(dl.path("city"), "?"), text(dl.path("date"), "?"));
            for (JsonNode q : p.path("quotes")) out.printf("  quote: %s%n", text(q.path("speaker"), "?"));
        }
        for (JsonNode e : r.path("events")) {
            out.printf("event: %s (%.2f) %s%n", e.path("type").asText(), e.path("confidence").asDouble(), e.path("facts"));
            out.printf("  \"%s\"%n", e.path("evidence").path("text").asText().replaceAll("\\s+", " "));
        }
        out.printf("entities: %d%n", r.path("entities").size());
        for (JsonNode w : r.path("warnings")) out.printf("warning %s: %s%n", w.path("code").asText(), w.path("message").asText());
    }

    private static String text(JsonNode n, String otherwise) { return n == null || n.isNull() || n.isMissingNode() ? otherwise : n.asText(); }
}
