package sixk.eval;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code sixk eval --eightk DIR}: 8-K events against the items the filers declared. Not implemented yet. */
public final class EightKEvaluation {
    private EightKEvaluation() {}

    public static int run(Path dir, PrintStream out, boolean json) {
        out.println("8-K item evaluation is not implemented yet");
        return 2;
    }
}
