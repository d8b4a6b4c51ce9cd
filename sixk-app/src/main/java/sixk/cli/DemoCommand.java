package sixk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the sample filings shipped with sixk into --data (default ./sixk-data) and serve the web app",
                "on http://127.0.0.1:7070/."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin DataDir dir = new DataDir();
    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}).") int port = 7070;
    @Option(names = "--samples", paramLabel = "DIR", description = "The sample filings (default: samples/ of the sixk home).") Path samples;

    @Override public Integer call() throws Exception {
        Path dirOfSamples = samples != null ? samples : home().resolve("samples");
        if (!Files.isDirectory(dirOfSamples)) throw new UserException("no sample filings at " + dirOfSamples + " (give --samples DIR)");
        int code = new CommandLine(new IngestCommand()).execute(dirOfSamples.toString(), "--data", dir.data.toString());
        if (code > 1) return code;
        return ServeCommand.serve(dir, "127.0.0.1", port, new SearchBackend());
    }

    /** Where sixk is installed: SIXK_HOME (set by the launcher), else the working directory. */
    static Path home() {
        String h = System.getenv("SIXK_HOME");
        return h != null && !h.isBlank() ? Path.of(h) : Path.of("").toAbsolutePath();
    }
}
