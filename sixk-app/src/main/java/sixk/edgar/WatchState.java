package sixk.edgar;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the watcher has already handled: one accession number per line, appended as each filing
 * is done, so that a restart neither repeats an alert nor needs the whole history. A line cut by
 * a crash does not read as an accession and is ignored. When the file grows past
 * {@link #COMPACT_AT} lines it is rewritten (atomically) with the newest {@link #KEEP}: the feed
 * never reaches back further than that.
 */
public final class WatchState implements AutoCloseable {
    static final int COMPACT_AT = 20_000;
    static final int KEEP = 10_000;

    private final Path file;
    private final boolean existed;
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private BufferedWriter out;
    private int lines;

    public WatchState(Path file, Consumer<String> warn) throws IOException {
        this.file = file.toAbsolutePath();
        this.existed = Files.exists(this.file);
        if (existed) {
            int n = 0;
            for (String line : Files.readAllLines(this.file, StandardCharsets.ISO_8859_1)) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                if (FilingRef.ACCESSION.matcher(s).matches()) seen.add(s);
                else warn.accept(this.file + " line " + n + ": not an accession number, ignored: \"" + IndexFile.shorten(s) + "\"");
            }
            lines = n;
        } else {
            Path dir = this.file.getParent();
            if (dir != null) Files.createDirectories(dir);
        }
        out = Files.newBufferedWriter(this.file, StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!existed) {
            out.write("# sixk watch state: accession numbers already handled, one a line\n");
            out.flush();
            lines = 1;
        }
    }

    /** False on the very first run (no state file yet): the watcher then takes the feed as it stands as seen. */
    public boolean existed() { return existed; }

    public boolean seen(String accession) { return seen.contains(accession); }

    public int size() { return seen.size(); }

    /** Records a handled filing, durably before the next one is handled. */
    public void add(String accession) throws IOException {
        FilingRef.requireAccession(accession);
        if (!seen.add(accession)) return;
        out.write(accession);
        out.write('\n');
        out.flush();
        if (++lines > COMPACT_AT) compact();
    }

    private void compact() throws IOException {
        out.close();
        List<String> all = new ArrayList<>(seen);
        List<String> keep = all.subList(Math.max(0, all.size() - KEEP), all.size());
        Set<String> kept = new LinkedHashSet<>(keep);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        List<String> text = new ArrayList<>(keep.size() + 1);
        text.add("# sixk watch state: accession numbers already handled, one a line");
        text.addAll(keep);
        Files.write(tmp, text, StandardCharsets.ISO_8859_1);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        seen.retainAll(kept);
        lines = text.size();
        out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
    }

    @Override public void close() throws IOException { out.close(); }
}
