package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "spark", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class SparkCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("spark is not implemented yet");
    }
}
