package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Run the Spark job (sixk-spark) in local mode: the same extraction, written",
                "as Parquet tables under --out (one folder per table, partitioned by form",
                "and year) and/or into an OpenSearch index (--opensearch). On a cluster,",
                "use spark-submit (docs/scale.md)."})
public final class SparkCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "PATH", description = "Files or a directory of filings (any Hadoop path).") String in;
    @Option(names = "--out", paramLabel = "DIR", description = "Where the Parquet tables go (replaced).") String out;
    @Option(names = "--opensearch", paramLabel = "URL", description = {"Also (or only) index the documents into this OpenSearch",
            "cluster: a new index, published behind --alias when complete."}) String url;
    @Option(names = "--alias", description = "The alias the new index goes behind (default: ${DEFAULT-VALUE}).") String alias = "sixk";
    @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE}).") String master = "local[*]";

    @Override public Integer call() throws IOException, InterruptedException {
        if (!in.contains("://") && !Files.exists(Path.of(in))) throw new UserException("no such file or directory: " + in);
        if (out == null && url == null) throw new UserException("give --out DIR, --opensearch URL, or both");
        if (url != null) SearchBackend.checkCluster(url, alias);
        Path home = DemoCommand.home();
        Path classes = home.resolve("sixk-spark/target/classes"), lib = home.resolve("sixk-spark/target/lib");
        if (!Files.isDirectory(classes) || !Files.isDirectory(lib)) {
            System.err.println("sixk: building the Spark job (first run)…");
            Process build = new ProcessBuilder(home.resolve("mvnw").toString(), "-q", "-B", "-DskipTests", "-pl", "sixk-spark", "-am", "package")
                    .directory(home.toFile()).inheritIO().start();
            if (build.waitFor() != 0) throw new UserException("could not build sixk-spark (see the output above)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + Math.max(1, Runtime.getRuntime().maxMemory() >> 30) + "g");
        // The JDK flags Spark needs to reflect into the JDK: the list the build put beside the job (sixk-spark/pom.xml).
        Path options = classes.resolve("sixk-spark-jvm.options");
        if (!Files.isRegularFile(options)) throw new UserException("the Spark job's build is incomplete (no " + options + "); rebuild sixk-spark");
        cmd.addAll(List.of(Files.readString(options).strip().split("\\s+")));
        Path logging = classes.resolve("sixk-local-log4j2.properties");
        if (Files.isRegularFile(logging)) cmd.add("-Dlog4j2.configurationFile=" + logging.toUri());
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classes.toString(), home.resolve("sixk-opensearch/target/classes").toString(),
                home.resolve("sixk-core/target/classes").toString(), lib + File.separator + "*"));
        cmd.add("sixk.spark.ExtractJob");
        String input = in.contains("://") ? in : Path.of(in).toAbsolutePath().toUri().toString();
        cmd.addAll(List.of("--in", input, "--master", master));
        if (out != null) cmd.addAll(List.of("--out", out.contains("://") ? out : Path.of(out).toAbsolutePath().toUri().toString()));
        if (url != null) cmd.addAll(List.of("--opensearch", url, "--alias", alias));
        Process job = new ProcessBuilder(cmd).inheritIO().start();
        return job.waitFor();
    }
}
