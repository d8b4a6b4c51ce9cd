package sixk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The committed model is what `./sixk train` makes from the corpus with the current reader: same corpus, same model. */
class TrainCommandTest {
    @Test
    void theCommittedModelIsTheOneTrainingMakesNow(@TempDir Path tmp) throws IOException {
        Optional<Path> eightk = TestFiles.shared("corpus/eightk");
        assumeTrue(eightk.isPresent(), TestFiles.NO_CORPUS);
        Path out = tmp.resolve("model.json");
        CliRun r = CliRun.of("train", "--corpus", eightk.get().toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path committed = Path.of("..", "sixk-core", "src", "main", "resources", "sixk", "event", "model.json");
        // A change to the reader changes the text the classifier learns from: retrain (./sixk train) and commit the model.
        assertThat(Files.mismatch(out, committed)).as("first differing byte of a fresh model and the committed one").isEqualTo(-1L);
    }
}
