package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sixk.store.FilingStore;
import sixk.table.RecordTables;
import sixk.table.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every table of the store to --out DIR as Parquet, CSV or JSON Lines, one file per table.")
public final class ExportCommand implements Callable<Integer> {
    enum Format { parquet, csv, jsonl }

    @Mixin DataDir dir = new DataDir();
    @Option(names = "--format", required = true, description = "parquet, csv or jsonl.") Format format;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write (created if needed).") Path out;

    @Override public Integer call() throws IOException {
        Files.createDirectories(out);
        try (FilingStore store = FilingStore.openReadOnly(dir.data)) {
            for (Table t : RecordTables.ALL) {
                String ext = format == Format.jsonl ? "jsonl" : format.name();
                Path file = out.resolve(t.name() + "." + ext).toAbsolutePath();
                String options = switch (format) {
                    case parquet -> "FORMAT PARQUET, COMPRESSION ZSTD";
                    case csv -> "FORMAT CSV, HEADER";
                    case jsonl -> "FORMAT JSON";
                };
                // The path is the user's own --out; it is quoted as an SQL string.
                store.execute("COPY (SELECT * FROM " + t.name() + " ORDER BY 1, 2) TO '" + file.toString().replace("'", "''") + "' (" + options + ")");
                long rows = ((Number) store.query("SELECT count(*) AS n FROM " + t.name()).get(0).get("n")).longValue();
                System.out.printf("%-15s %8d rows → %s%n", t.name(), rows, file);
            }
        }
        return 0;
    }
}
