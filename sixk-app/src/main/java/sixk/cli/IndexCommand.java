package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "index", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class IndexCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("index is not implemented yet");
    }
}
