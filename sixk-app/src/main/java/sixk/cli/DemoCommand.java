package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class DemoCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("demo is not implemented yet");
    }
}
