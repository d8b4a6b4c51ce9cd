package sixk.edgar;

import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.function.Consumer;

/** The options every EDGAR command shares (a picocli mixin): who we are, how fast, where EDGAR is. */
public final class EdgarOptions {
    @Option(names = "--user-agent", paramLabel = "\"NAME EMAIL\"",
            description = "Who is asking, with a contact e-mail (required by the SEC); default: $" + UserAgent.ENV + ".")
    String userAgent;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "9",
            description = "Requests per second, for the whole process (1 to 10, EDGAR's limit; default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--backoff-on-block", paramLabel = "DURATION", defaultValue = "10m",
            description = "How long every request stops after EDGAR answers 403 or 429 (default ${DEFAULT-VALUE}).")
    String blockPause;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
            description = "Retries of a request after a 5xx answer, a timeout or a truncated body (default ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s",
            description = "Longest wait for a byte of an answer before the request is retried (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--edgar-base", paramLabel = "URL",
            description = "A mirror (or local server) standing in for both www.sec.gov and data.sec.gov, with EDGAR's paths.")
    String edgarBase;

    /** The client these options describe; IllegalArgumentException with a one-line reason when they do not hold. */
    public EdgarClient client(Consumer<String> warn) {
        String ua = UserAgent.require(userAgent, System.getenv(UserAgent.ENV));
        if (rate > TokenBucket.SEC_LIMIT) {
            throw new IllegalArgumentException("--rate " + rate + " is above EDGAR's limit of " + TokenBucket.SEC_LIMIT
                    + " requests per second; clients above it are blocked");
        }
        if (rate < 1) throw new IllegalArgumentException("--rate must be at least 1");
        if (retries < 0) throw new IllegalArgumentException("--retries must be 0 or more");
        Duration pause = Durations.parse(blockPause);
        Duration read = Durations.parse(timeout);
        if (read.isZero()) throw new IllegalArgumentException("--timeout must be more than 0");
        EdgarClient.Settings s = EdgarClient.Settings.defaults(ua).withRate(rate).withBlockPause(pause)
                .withRetries(retries, Duration.ofSeconds(1)).withReadTimeout(read);
        return new EdgarClient(s, warn);
    }

    public EdgarSite site() {
        return edgarBase == null || edgarBase.isBlank() ? EdgarSite.SEC : EdgarSite.mirror(edgarBase);
    }
}
