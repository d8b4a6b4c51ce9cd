package sixk.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sixk.eval.ConsistencyCheck;
import sixk.eval.EightKEvaluation;
import sixk.eval.GoldEvaluation;
import sixk.eval.Scoreboard;
import sixk.pipeline.FilingReader;
import sixk.record.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the reader.",
                "--gold DIR scores records against gold files (per-field accuracy, event P/R/F1);",
                "--consistency DIR checks 6-K covers against their SEC headers;",
                "--eightk DIR measures 8-K events against the items filers declared."})
public final class EvalCommand implements Callable<Integer> {
    static final class Mode {
        @Option(names = "--gold", paramLabel = "DIR", description = "A directory of gold files (e.g. ../shared/gold/dev).")
        Path gold;

        @Option(names = "--consistency", paramLabel = "DIR", description = "A directory of submissions: cover vs header agreement over its 6-Ks.")
        Path consistency;

        @Option(names = "--eightk", paramLabel = "DIR", description = "A directory of 8-K submissions: events vs declared items.")
        Path eightk;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Where the gold files' filings are (default: DIR/../../corpus).")
    Path corpus;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--all", description = "With --eightk: score every labeled 8-K, not only those held out of training.")
    boolean all;

    @Option(names = {"-v", "--verbose"}, description = "List every mismatch (file, field, expected, got).")
    boolean verbose;

    @Override public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (mode.eightk != null) {
            requireDirectory(mode.eightk);
            return EightKEvaluation.run(mode.eightk, out, json, all);
        }
        if (mode.consistency != null) {
            requireDirectory(mode.consistency);
            ConsistencyCheck.Result r = new ConsistencyCheck().run(mode.consistency, System.err);
            if (json) out.println(Json.PRETTY.writeValueAsString(ConsistencyCheck.toJson(r)));
            else ConsistencyCheck.print(r, out);
            return 0;
        }
        requireDirectory(mode.gold);
        Path corpusDir = corpus != null ? corpus : GoldEvaluation.defaultCorpus(mode.gold);
        requireDirectory(corpusDir);
        Scoreboard board = new GoldEvaluation(FilingReader.standard()).evaluate(mode.gold, corpusDir, System.err);
        if (json) out.println(Json.PRETTY.writeValueAsString(GoldEvaluation.toJson(board, verbose)));
        else GoldEvaluation.print(board, out, verbose);
        return board.failed() == 0 ? 0 : 1;
    }

    private static void requireDirectory(Path p) {
        if (!Files.isDirectory(p)) throw new UserException("no such directory: " + p);
    }
}
