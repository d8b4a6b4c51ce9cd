package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "sql", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class SqlCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("sql is not implemented yet");
    }
}
