package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "fetch", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class FetchCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("fetch is not implemented yet");
    }
}
