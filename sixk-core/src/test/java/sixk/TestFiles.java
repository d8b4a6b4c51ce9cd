package sixk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Test resources and the shared corpus (which may be absent: tests that need it skip). */
public final class TestFiles {
    private TestFiles() {}

    public static byte[] resource(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ../shared/corpus beside the repository, found by walking up from the working directory. */
    public static Optional<Path> corpus() { return shared("corpus"); }

    /** ../shared/corpus/sixk, the 6-K submissions. */
    public static Optional<Path> sixkCorpus() { return shared("corpus/sixk"); }

    /** A directory of ../shared ("corpus/eightk", "gold/dev"), found by walking up from the working directory (any module's). */
    public static Optional<Path> shared(String sub) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path c = dir.resolveSibling("shared").resolve(sub);
            if (Files.isDirectory(c)) return Optional.of(c);
            Path inside = dir.resolve("shared").resolve(sub);
            if (Files.isDirectory(inside)) return Optional.of(inside);
        }
        return Optional.empty();
    }

    public static final String NO_CORPUS = "../shared/corpus is absent: corpus test skipped";
}
