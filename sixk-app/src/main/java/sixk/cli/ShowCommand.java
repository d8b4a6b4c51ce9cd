package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class ShowCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("show is not implemented yet");
    }
}
