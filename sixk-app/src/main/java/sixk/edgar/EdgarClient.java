package sixk.edgar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The polite HTTP client of EDGAR, shared by every thread of the process. Each request waits for
 * the {@link TokenBucket}; it declares the User-Agent; it asks for gzip. A 403 or 429 (EDGAR's
 * block, which carries no Retry-After) stops every thread for the block time, then the request
 * is tried again; 5xx answers, timeouts, broken connections and truncated bodies are retried with
 * exponential backoff and jitter; 404 is an answer ({@link Optional#empty()}), not an error.
 *
 * <p>HttpURLConnection rather than java.net.http: it has a read timeout, so a body that stalls
 * half-way fails and is retried instead of hanging a thread for ever.
 */
public final class EdgarClient {
    /** How the client behaves; {@link #defaults(String)} gives the SEC-friendly values. */
    public record Settings(String userAgent, int rate, Duration blockPause, int maxBlocks, int retries,
                           Duration retryBase, Duration retryCap, Duration connectTimeout, Duration readTimeout) {
        public static Settings defaults(String userAgent) {
            return new Settings(userAgent, 9, Duration.ofMinutes(10), 3, 5, Duration.ofSeconds(1), Duration.ofMinutes(2),
                    Duration.ofSeconds(15), Duration.ofSeconds(60));
        }

        public Settings withRate(int r) { return new Settings(userAgent, r, blockPause, maxBlocks, retries, retryBase, retryCap, connectTimeout, readTimeout); }

        public Settings withBlockPause(Duration d) { return new Settings(userAgent, rate, d, maxBlocks, retries, retryBase, retryCap, connectTimeout, readTimeout); }

        public Settings withRetries(int n, Duration base) { return new Settings(userAgent, rate, blockPause, maxBlocks, n, base, retryCap, connectTimeout, readTimeout); }

        public Settings withReadTimeout(Duration d) { return new Settings(userAgent, rate, blockPause, maxBlocks, retries, retryBase, retryCap, connectTimeout, d); }
    }

    /** Reads one response body to its end. An IOException makes the client try the request again. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    private final Settings settings;
    private final TokenBucket bucket;
    private final Consumer<String> warn;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong blocks = new AtomicLong();

    /** A client drawing on the process's one request budget ({@link TokenBucket#processWide}). */
    public EdgarClient(Settings settings, Consumer<String> warn) {
        this(settings, TokenBucket.processWide(settings.rate()), warn);
    }

    /** A client with a budget of its own: for tests that measure one client alone. */
    public EdgarClient(Settings settings, TokenBucket bucket, Consumer<String> warn) {
        UserAgent.require(settings.userAgent(), null);
        this.settings = settings;
        this.bucket = bucket;
        this.warn = warn;
    }

    public Settings settings() { return settings; }

    /** Requests sent, body bytes received (as transferred), retries, and blocks met so far. */
    public record Stats(long requests, long bytes, long retries, long blocks) {}

    public Stats stats() { return new Stats(requests.get(), bytes.get(), retried.get(), blocks.get()); }

    /** A small resource read whole into memory (JSON, an index, the Atom feed); empty when EDGAR has no such file. */
    public Optional<byte[]> getBytes(URI uri, long maxBytes) throws IOException, InterruptedException {
        return fetch(uri, body -> readAtMost(body, maxBytes, uri));
    }

    static byte[] readAtMost(InputStream body, long maxBytes, URI uri) throws IOException {
        byte[] b = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (b.length > maxBytes) throw new EdgarException(uri + " is larger than " + maxBytes + " bytes; not read");
        return b;
    }

    /** GETs {@code uri} and hands the decoded body to {@code reader}, retrying as the class comment says. */
    public <T> Optional<T> fetch(URI uri, BodyReader<T> reader) throws IOException, InterruptedException {
        int failures = 0;
        int blocked = 0;
        while (true) {
            bucket.acquire();
            requests.incrementAndGet();
            String failure;
            HttpURLConnection c = null;
            try {
                c = open(uri);
                int status = c.getResponseCode();
                if (status == HttpURLConnection.HTTP_OK) {
                    LengthCheckedStream raw = new LengthCheckedStream(c.getInputStream(), c.getContentLengthLong(), uri.toString());
                    try (InputStream body = decode(raw, c.getContentEncoding())) {
                        T result = reader.read(body);
                        body.transferTo(OutputStream.nullOutputStream()); // to the end, so that a short body is noticed
                        return Optional.of(result);
                    } finally {
                        bytes.addAndGet(raw.count());
                    }
                }
                discard(c);
                if (status == HttpURLConnection.HTTP_NOT_FOUND || status == HttpURLConnection.HTTP_GONE) return Optional.empty();
                if (status == HttpURLConnection.HTTP_FORBIDDEN || status == 429) {
                    blocks.incrementAndGet();
                    if (++blocked > settings.maxBlocks()) {
                        throw new EdgarException("EDGAR refused " + uri + " with HTTP " + status + " " + blocked + " times in a row;"
                                + " check the User-Agent and the rate, or try again later");
                    }
                    warn.accept("EDGAR answered HTTP " + status + " for " + uri + ": pausing all requests for "
                            + Durations.format(settings.blockPause()) + " (EDGAR blocks clients that exceed its rate), then resuming");
                    bucket.block(settings.blockPause());
                    continue;
                }
                if (status >= 500 || status == HttpURLConnection.HTTP_CLIENT_TIMEOUT) {
                    failure = "HTTP " + status;
                } else {
                    throw new EdgarException("EDGAR answered HTTP " + status + " for " + uri);
                }
            } catch (EdgarException e) {
                if (c != null) c.disconnect(); // the body was not read to its end
                throw e;
            } catch (IOException e) {
                if (c != null) c.disconnect(); // a broken connection must not go back to the keep-alive pool
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            failures++;
            if (failures > settings.retries()) {
                throw new IOException("gave up on " + uri + " after " + failures + " attempts; last: " + failure);
            }
            Duration wait = backoff(failures);
            retried.incrementAndGet();
            warn.accept("retrying " + uri + " in " + Durations.format(wait) + " after " + failure
                    + " (attempt " + (failures + 1) + " of " + (settings.retries() + 1) + ")");
            Thread.sleep(wait.toMillis());
        }
    }

    /** Exponential backoff with "equal jitter": half the doubled delay, plus a random part of the other half. */
    Duration backoff(int failures) {
        long base = settings.retryBase().toMillis();
        long delay = Math.min(settings.retryCap().toMillis(), base << Math.min(20, failures - 1));
        return Duration.ofMillis(delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
    }

    private HttpURLConnection open(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setRequestMethod("GET");
        c.setConnectTimeout((int) settings.connectTimeout().toMillis());
        c.setReadTimeout((int) settings.readTimeout().toMillis());
        c.setRequestProperty("User-Agent", settings.userAgent());
        c.setRequestProperty("Accept-Encoding", "gzip, deflate");
        c.setUseCaches(false);
        return c;
    }

    private static InputStream decode(InputStream raw, String encoding) throws IOException {
        if (encoding == null) return raw;
        return switch (encoding.strip().toLowerCase(Locale.ROOT)) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw, 1 << 16);
            case "deflate" -> new InflaterInputStream(raw);
            case "identity", "" -> raw;
            default -> throw new IOException("unsupported Content-Encoding " + encoding);
        };
    }

    private static void discard(HttpURLConnection c) {
        try (InputStream err = c.getErrorStream()) {
            if (err != null) err.transferTo(OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            c.disconnect(); // the error page is of no use; only the connection's reuse is lost
        }
    }
}
