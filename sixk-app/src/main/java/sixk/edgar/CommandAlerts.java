package sixk.edgar;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command once per alert and writes the alert's JSON line to its standard input. The
 * command is an argument list handed to the operating system as is — no shell, so nothing in an
 * alert (company names, filing text) can ever become part of a command line.
 */
public final class CommandAlerts implements AlertSink {
    private final List<String> argv;
    private final Duration timeout;

    public CommandAlerts(List<String> argv, Duration timeout) {
        if (argv.isEmpty() || argv.get(0).isBlank()) throw new IllegalArgumentException("--exec needs a program to run");
        this.argv = List.copyOf(argv);
        this.timeout = timeout;
    }

    @Override public void emit(Alert alert) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((AlertJson.line(alert) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The command may exit without reading its input; its exit status says whether that was fine.
        }
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException(argv.get(0) + " did not finish within " + Durations.format(timeout) + "; stopped");
        }
        if (p.exitValue() != 0) throw new IOException(argv.get(0) + " exited with status " + p.exitValue());
    }
}
