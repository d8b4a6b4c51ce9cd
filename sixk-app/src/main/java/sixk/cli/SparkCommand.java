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
                "and year). On a cluster, use spark-submit (docs/scale.md)."})
public final class SparkCommand implements Callable<Integer> {
    /** The JDK flags Spark needs to reflect into the JDK, as its own launcher passes them. */
    static final List<String> OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true");

    @Option(names = "--in", required = true, paramLabel = "PATH", description = "Files or a directory of filings (any Hadoop path).") String in;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the Parquet tables go (replaced).") String out;
    @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE}).") String master = "local[*]";

    @Override public Integer call() throws IOException, InterruptedException {
        if (!in.contains("://") && !Files.exists(Path.of(in))) throw new UserException("no such file or directory: " + in);
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
        cmd.addAll(OPENS);
        Path logging = classes.resolve("sixk-local-log4j2.properties");
        if (Files.isRegularFile(logging)) cmd.add("-Dlog4j2.configurationFile=" + logging.toUri());
        cmd.add("-cp");
        cmd.add(classes + File.pathSeparator + home.resolve("sixk-core/target/classes") + File.pathSeparator + lib + File.separator + "*");
        cmd.add("sixk.spark.ExtractJob");
        String input = in.contains("://") ? in : Path.of(in).toAbsolutePath().toUri().toString();
        String output = out.contains("://") ? out : Path.of(out).toAbsolutePath().toUri().toString();
        cmd.addAll(List.of("--in", input, "--out", output, "--master", master));
        Process job = new ProcessBuilder(cmd).inheritIO().start();
        return job.waitFor();
    }
}
