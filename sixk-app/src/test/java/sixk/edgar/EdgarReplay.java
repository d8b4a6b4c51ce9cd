package sixk.edgar;

import sixk.TestFiles;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A stand-in for EDGAR on 127.0.0.1: a JDK HttpServer that replays recorded responses by path,
 * and records every request (arrival time, path and query, User-Agent) for the tests to check.
 */
final class EdgarReplay implements AutoCloseable {
    /** What the server saw of one request. */
    record Hit(long nanos, String path, String query, String userAgent, String acceptEncoding, String body) {}

    /** Answers one request. */
    @FunctionalInterface
    interface Route {
        void answer(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new ArrayList<>();

    EdgarReplay() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    EdgarSite site() { return EdgarSite.mirror(base()); }

    /** Serves {@code body} at {@code path} (query ignored), gzip-encoded when the client asks for it. */
    EdgarReplay serve(String path, byte[] body) {
        routes.put(path, ex -> send(ex, body));
        return this;
    }

    EdgarReplay route(String path, Route r) {
        routes.put(path, r);
        return this;
    }

    List<Hit> hits() {
        synchronized (hits) {
            return List.copyOf(hits);
        }
    }

    long count(String path) { return hits().stream().filter(h -> h.path().equals(path)).count(); }

    private void handle(HttpExchange ex) throws IOException {
        long now = System.nanoTime();
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            synchronized (hits) {
                hits.add(new Hit(now, ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery(),
                        ex.getRequestHeaders().getFirst("User-Agent"), ex.getRequestHeaders().getFirst("Accept-Encoding"), body));
            }
            Route r = routes.get(ex.getRequestURI().getPath());
            if (r == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            r.answer(ex);
        }
    }

    /** A 200 with Content-Length, gzip-encoded when the request accepts gzip (as EDGAR does). */
    static void send(HttpExchange ex, byte[] body) throws IOException {
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        byte[] out = body;
        if (accept != null && accept.contains("gzip")) {
            out = gzip(body);
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        ex.sendResponseHeaders(200, out.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(out);
        }
    }

    /** Declares the whole length but sends only {@code sent} bytes, then closes: a download cut short. */
    static void sendTruncated(HttpExchange ex, byte[] body, int sent) throws IOException {
        ex.sendResponseHeaders(200, body.length);
        OutputStream o = ex.getResponseBody();
        o.write(body, 0, sent);
        o.flush();
        // Closing the exchange short of the declared length makes the server drop the connection.
        throw new IOException("cut short on purpose");
    }

    static void status(HttpExchange ex, int code) throws IOException {
        ex.sendResponseHeaders(code, -1);
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bos)) {
            g.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    static byte[] resource(String name) {
        try (InputStream in = EdgarReplay.class.getResourceAsStream("/edgar/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource edgar/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    @Override public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
