package sixk.eval;

import sixk.TestFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConsistencyCheckTest {
    @Test
    void serialNumberIsTheFinalGroupWithoutLeadingZeros() {
        assertThat(ConsistencyCheck.serial("000-33295")).isEqualTo(ConsistencyCheck.serial("001-33295"));
        assertThat(ConsistencyCheck.serial("0-29922")).isEqualTo("29922");
        assertThat(ConsistencyCheck.serial("000-25270")).isNotEqualTo(ConsistencyCheck.serial("000-53543"));
    }

    @Test
    void coversAgreeWithHeadersAcrossTheSixKCorpus() throws IOException {
        Path dir = TestFiles.sixkCorpus().orElse(null);
        assumeTrue(dir != null, "../shared/corpus/sixk is absent: consistency test skipped");
        ConsistencyCheck.Result r = new ConsistencyCheck().run(dir, new PrintStream(OutputStream.nullOutputStream()));
        assertThat(r.sixKs()).isGreaterThan(100);
        assertThat(r.numberBoth()).isGreaterThan(100);
        assertThat(r.nameBoth()).isGreaterThan(100);
        assertThat(r.numberRate()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.nameRate()).isGreaterThanOrEqualTo(0.95);
    }
}
