package sixk.pipeline;

import sixk.record.FilingRecord;

import java.nio.file.Path;

/** Child-process entry point of {@link LargeSubmissionTest}: reads one file and prints what it found. */
public final class ReadOneFile {
    public static void main(String[] args) throws Exception {
        FilingRecord r = FilingReader.standard().read(Path.of(args[0]));
        System.out.println("documents=" + r.documents().size() + " chars=" + r.texts().stream().mapToLong(String::length).sum()
                + " warnings=" + r.warnings().stream().map(w -> w.code()).toList());
    }
}
