package sixk.edgar;

import java.io.IOException;

/** Where alerts go: standard output, a command's standard input, or a webhook. */
public interface AlertSink {
    /** Delivers one alert, or throws when it could not be delivered (after the sink's own retries). */
    void emit(Alert alert) throws IOException, InterruptedException;
}
