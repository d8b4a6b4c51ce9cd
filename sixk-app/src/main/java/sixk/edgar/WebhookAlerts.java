package sixk.edgar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * POSTs each alert as a JSON body to a webhook. A 5xx answer, a timeout or a broken connection
 * is retried with exponential backoff and jitter; a 4xx answer is the receiver's refusal and is
 * not repeated. The webhook is not EDGAR: it does not spend EDGAR's request budget.
 */
public final class WebhookAlerts implements AlertSink {
    private final URI url;
    private final int retries;
    private final Duration base;
    private final Consumer<String> warn;
    private final HttpClient http;

    public WebhookAlerts(URI url, int retries, Duration base, Consumer<String> warn) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("--webhook must be an http(s) URL; got " + url);
        }
        this.url = url;
        this.retries = retries;
        this.base = base;
        this.warn = warn;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override public void emit(Alert alert) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AlertJson.line(alert))).build();
        for (int attempt = 1; ; attempt++) {
            int status;
            String failure;
            try {
                status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                failure = "HTTP " + status;
            } catch (IOException e) {
                status = -1;
                failure = e.toString();
            }
            if (status >= 200 && status < 300) return;
            if (status > 0 && status < 500 && status != 408 && status != 429) {
                throw new IOException("webhook " + url + " refused the alert: HTTP " + status);
            }
            if (attempt > retries) throw new IOException("webhook " + url + " failed " + attempt + " times; last: " + failure);
            long delay = base.toMillis() << Math.min(20, attempt - 1);
            long wait = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
            warn.accept("webhook " + url + ": " + failure + "; retrying in " + Durations.format(Duration.ofMillis(wait)));
            Thread.sleep(wait);
        }
    }
}
