package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class BenchCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("bench is not implemented yet");
    }
}
