package sixk.opensearch;

import org.codelibs.opensearch.runner.OpenSearchRunner;

import java.io.IOException;
import java.nio.file.Path;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

/**
 * A real OpenSearch cluster in the test JVM, bound to 127.0.0.1, for the tests of the modules that
 * write to one (sixk-app's `index`, the Spark job). Published in this module's test-jar.
 */
public final class TestCluster implements AutoCloseable {
    private final OpenSearchRunner runner;
    private final int port;

    private TestCluster(OpenSearchRunner runner, int port) {
        this.runner = runner;
        this.port = port;
    }

    /** Starts {@code nodes} nodes, the first answering HTTP on {@code port}, with their data below {@code dir}; waits for yellow. */
    public static TestCluster start(int nodes, int port, String name, Path dir) {
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((n, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.cors.enabled", false);
        }).build(newConfigs().numOfNode(nodes).baseHttpPort(port - 1).clusterName(name).basePath(dir.toString()).disableESLogger());
        runner.ensureYellow();
        return new TestCluster(runner, port);
    }

    public String url() { return "http://127.0.0.1:" + port; }

    /** The runner itself, for what a test does to the cluster (stopping a node). */
    public OpenSearchRunner runner() { return runner; }

    @Override public void close() throws IOException {
        runner.close();
        runner.clean();
    }
}
