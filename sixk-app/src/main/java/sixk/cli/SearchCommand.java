package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class SearchCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("search is not implemented yet");
    }
}
