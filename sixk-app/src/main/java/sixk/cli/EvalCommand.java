package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class EvalCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("eval is not implemented yet");
    }
}
