package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class TrainCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("train is not implemented yet");
    }
}
