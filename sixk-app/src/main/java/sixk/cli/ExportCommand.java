package sixk.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class ExportCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UserException("export is not implemented yet");
    }
}
