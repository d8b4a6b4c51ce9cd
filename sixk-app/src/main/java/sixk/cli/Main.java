package sixk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sixk} command line. Each subcommand lives in its own class. */
@Command(name = "sixk", mixinStandardHelpOptions = true, version = "sixk 0.1.0",
        description = "Reads SEC filings (6-K first) into structured, verifiable records; stores, searches and serves them.",
        subcommands = {
                ExtractCommand.class,
                DemoCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                ShowCommand.class,
                SqlCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                FetchCommand.class,
                WatchCommand.class,
                IndexCommand.class,
                SparkCommand.class,
                EvalCommand.class,
                TrainCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    /**
     * Lucene announces its vector support on java.util.logging (INFO, or a WARNING when the launcher
     * runs a short command on the quick compiler alone): nothing a user can act on. Held here because
     * java.util.logging keeps loggers weakly, and a collected logger forgets its level.
     */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");
    private static final java.util.logging.Logger VECTOR_LOG = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code; a user's mistake is one line on stderr, never a stack trace. */
    public static int run(String... args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserException || e instanceof sixk.store.StoreException || e instanceof sixk.search.QuerySyntaxException) {
                cmd.getErr().println("sixk: " + e.getMessage());
                return 2;
            }
            cmd.getErr().println("sixk: internal error: " + e);
            if (System.getenv("SIXK_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("sixk: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        return cli.execute(args);
    }
}
