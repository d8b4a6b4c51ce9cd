package sixk.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @Test
    void ingestBenchTimesWarmUpAndMeasuredRunsAndLeavesNoDirectory() throws IOException {
        long before = benchDirs();
        CliRun r = CliRun.of("bench", "--ingest", "--warmup", "1", "--rounds", "2", "../samples");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("  warm-up: "))).hasSize(1);
        assertThat(r.out().lines().filter(l -> l.startsWith("  run: "))).hasSize(2);
        // The samples' README.md is not a filing, as for `sixk ingest`.
        assertThat(r.out()).containsPattern("sixk bench --ingest: 8 filings, [0-9.]+ MB in [0-9.]+ s \\(median of 2 runs\\)");
        assertThat(benchDirs()).isEqualTo(before);
    }

    @Test
    void aMissingInputIsOneLine() {
        CliRun r = CliRun.of("bench", "--ingest", "no/such/dir");
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("sixk: no such file or directory: no/such/dir");
    }

    private static long benchDirs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("sixk-bench-")).count();
        }
    }
}
