package sixk.edgar;


import java.io.PrintStream;

/** Alerts as JSON Lines on a stream (standard output by default), flushed one by one for pipes. */
public final class JsonLinesAlerts implements AlertSink {
    private final PrintStream out;

    public JsonLinesAlerts(PrintStream out) { this.out = out; }

    @Override public synchronized void emit(Alert alert) {
        out.println(AlertJson.line(alert));
        out.flush();
    }
}
