package sixk.edgar;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Filings as files below a directory. A file appears under its final name only whole: it is
 * written under a hidden temporary name (.NAME.part, which {@code sixk ingest DIR} skips) and
 * renamed atomically, so a killed fetch leaves at most a .part file, never a short filing.
 */
public final class DirectorySink implements FilingSink {
    private final Path root;

    public DirectorySink(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    public Path root() { return root; }

    /** The final path of {@code name}, refused if it would leave the directory. */
    public Path path(String name) {
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root) || p.equals(root)) throw new IllegalArgumentException("refusing a file name outside " + root + ": " + name);
        return p;
    }

    /** The hidden temporary name beside the final one. */
    public Path staging(String name) {
        Path p = path(name);
        return p.resolveSibling("." + p.getFileName() + ".part");
    }

    /** Held when the final file exists and ends as a whole submission does (a file put there by hand may not). */
    @Override public boolean has(String name) throws IOException {
        return SubmissionEnd.isComplete(path(name));
    }

    @Override public void accept(String name, byte[] bytes) throws IOException {
        Path staged = staging(name);
        Files.createDirectories(staged.getParent());
        Files.write(staged, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        accept(name, staged);
    }

    @Override public void accept(String name, Path staged) throws IOException {
        Path target = path(name);
        Files.createDirectories(target.getParent());
        if (staged.equals(staging(name))) {
            moveIntoPlace(staged, target);
        } else {
            // Staged elsewhere (another sink's file): copy beside the target first, so the rename stays atomic.
            Path mine = staging(name);
            Files.copy(staged, mine, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(mine, target);
        }
    }

    private static void moveIntoPlace(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
