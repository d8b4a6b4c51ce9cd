package sixk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's FILE|DIR|- arguments into files, walking directories in a stable order. */
public final class Inputs {
    private Inputs() {}

    /** "-" stays "-" (standard input); a directory becomes its filings (as ingest takes them: not hidden, not _-named, not Markdown), recursively, sorted. */
    public static List<String> expand(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) { out.add(a); continue; }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    // The files ingest and the Spark job take from a directory: not hidden, not _SUCCESS, not a README.
                    s.filter(Files::isRegularFile).filter(f -> sixk.pipeline.InputNames.isFiling(f.getFileName().toString()))
                            .map(Path::toString).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UserException("cannot read directory " + a + ": " + e.getMessage());
                }
            } else out.add(a); // a missing file is reported by the command that reads it, and the batch goes on
        }
        return out;
    }
}
