package sixk.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option of every command that reads or writes the store. */
public final class DataDir {
    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    public Path data = Path.of("sixk-data");

    public Path index() { return data.resolve("index"); }
}
