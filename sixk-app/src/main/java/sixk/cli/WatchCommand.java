package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "watch", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class WatchCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("watch is not implemented yet");
    }
}
