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

    /** "-" stays "-" (standard input); a directory becomes its regular files, recursively, sorted. */
    public static List<String> expand(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) { out.add(a); continue; }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .map(Path::toString).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UserException("cannot read directory " + a + ": " + e.getMessage());
                }
            } else out.add(a); // a missing file is reported by the command that reads it, and the batch goes on
        }
        return out;
    }
}
