package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sixk.record.Json;
import sixk.store.FilingStore;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run a read-only SQL query against the store's tables (filings, documents, signatures, exhibits,",
                "press_releases, events, entities, warnings; docs/store.md)."})
public final class SqlCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SQL", description = "A SELECT statement.") String sql;
    @Mixin DataDir dir = new DataDir();
    @Option(names = "--json", description = "One JSON object per row.") boolean json;
    @Option(names = "--csv", description = "CSV with a header line.") boolean csv;
    @Option(names = "--max-width", description = "Widest column in the table view (default: ${DEFAULT-VALUE}).") int maxWidth = 60;

    @Override public Integer call() throws IOException {
        try (FilingStore store = FilingStore.openReadOnly(dir.data)) {
            List<Map<String, Object>> rows = store.query(sql);
            PrintStream out = System.out;
            if (json) {
                for (Map<String, Object> r : rows) out.println(Json.COMPACT.writeValueAsString(r));
            } else if (csv) {
                if (!rows.isEmpty()) out.println(String.join(",", rows.get(0).keySet().stream().map(SqlCommand::csv).toList()));
                for (Map<String, Object> r : rows) out.println(String.join(",", r.values().stream().map(v -> csv(v == null ? "" : v.toString())).toList()));
            } else {
                table(rows, out);
            }
            return 0;
        }
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private void table(List<Map<String, Object>> rows, PrintStream out) {
        if (rows.isEmpty()) { out.println("(no rows)"); return; }
        List<String> cols = new ArrayList<>(rows.get(0).keySet());
        int[] w = new int[cols.size()];
        for (int c = 0; c < cols.size(); c++) w[c] = cols.get(c).length();
        for (Map<String, Object> r : rows) for (int c = 0; c < cols.size(); c++) w[c] = Math.min(maxWidth, Math.max(w[c], cell(r.get(cols.get(c))).length()));
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cols.size(); c++) b.append(c == 0 ? "" : " | ").append(pad(cols.get(c), w[c]));
        out.println(b);
        out.println("-".repeat(b.length()));
        for (Map<String, Object> r : rows) {
            b.setLength(0);
            for (int c = 0; c < cols.size(); c++) b.append(c == 0 ? "" : " | ").append(pad(cell(r.get(cols.get(c))), w[c]));
            out.println(b);
        }
        out.printf("(%d rows)%n", rows.size());
    }

    private static String cell(Object v) { return v == null ? "NULL" : v.toString().replaceAll("\\s+", " "); }

    private static String pad(String s, int w) { return s.length() > w ? s.substring(0, Math.max(0, w - 1)) + "…" : s + " ".repeat(w - s.length()); }
}
