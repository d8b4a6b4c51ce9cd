package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sixk.search.SearchIndex;
import sixk.store.FilingStore;
import sixk.web.WebServer;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: the JSON API (/api/…, /openapi.yaml) and the web app on http://HOST:PORT/.",
                "Binds to 127.0.0.1 unless --host says otherwise. Stops on Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin DataDir dir = new DataDir();
    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).") String host = "127.0.0.1";
    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).") int port = 7070;
    @Mixin SearchBackend backend = new SearchBackend();

    @Override public Integer call() throws Exception {
        return serve(dir, host, port, backend);
    }

    static int serve(DataDir dir, String host, int port, SearchBackend backend) throws Exception {
        if (port < 0 || port > 65535) throw new UserException("--port must be between 0 and 65535, not " + port);
        try (FilingStore store = FilingStore.open(dir.data); SearchIndex index = SearchIndex.open(dir.index());
             WebServer server = new WebServer(store, index, backend.searcher(index))) {
            try {
                server.start(host, port);
            } catch (RuntimeException e) {
                throw new UserException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); try another --port");
            }
            System.out.println("sixk: serving " + dir.data + " on http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/  (Ctrl-C stops)");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
