package sixk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's measure of a command's input, which picks the quick compiler alone for short runs:
 * its {@code input_bytes} function, cut from the script and run by bash (the script itself would
 * build sixk first).
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "sixk");

    @Test
    void inputBytesCountsTheFilesAndDirectoriesGivenNotTheOptionValues(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        sized(inputs.resolve("a.txt"), 1000);
        sized(inputs.resolve("b.txt"), 2000);
        Path single = sized(dir.resolve("one.txt"), 300);
        Path store = Files.createDirectories(dir.resolve("store"));
        sized(store.resolve("sixk.duckdb"), 50_000);

        // du's apparent size: the files, plus a directory's own entry (a few KB); never the store after --data.
        assertThat(inputBytes("ingest", inputs.toString(), "--data", store.toString(), "--threads", "2")).isBetween(3000L, 3000L + 16_384);
        assertThat(inputBytes("extract", "--jsonl", single.toString())).isEqualTo(300);
        assertThat(inputBytes("extract", single.toString(), inputs.toString())).isBetween(3300L, 3300L + 16_384);
        assertThat(inputBytes("extract", "-")).isZero();
        assertThat(inputBytes("ingest", dir.resolve("missing").toString())).isZero();
    }

    private static Path sized(Path p, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) { f.setLength(bytes); }
        return p;
    }

    private static long inputBytes(String... args) throws Exception {
        String script = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
        int start = script.indexOf("input_bytes() {");
        int end = script.indexOf("\n}\n", start);
        assertThat(start).as("input_bytes in the launcher").isNotNegative();
        List<String> command = new ArrayList<>(List.of("bash", "-c", script.substring(start, end + 3) + "input_bytes \"$@\"", "bash"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return Long.parseLong(out);
    }
}
