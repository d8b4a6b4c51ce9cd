package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class ServeCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("serve is not implemented yet");
    }
}
