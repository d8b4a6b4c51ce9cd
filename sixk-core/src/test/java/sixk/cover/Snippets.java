package sixk.cover;

import sixk.TestFiles;
import sixk.pipeline.FilingReader;
import sixk.pipeline.Stage;
import sixk.pipeline.Stages;
import sixk.record.FilingRecord;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads real snippets of filings through the reader and the structure stages, as {@code extract} does. */
public final class Snippets {
    private Snippets() {}

    /** The record of a text snippet (a document without SEC header) after the structure stages. */
    public static FilingRecord text(String text) { return read(text.getBytes(StandardCharsets.UTF_8), "snippet.txt"); }

    /** The record of an HTML snippet after the structure stages. */
    public static FilingRecord html(String html) { return read(html.getBytes(StandardCharsets.UTF_8), "snippet.htm"); }

    /** The record of a test resource under {@code filings/}. */
    public static FilingRecord resource(String name) { return read(TestFiles.resource("filings/" + name), name); }

    public static FilingRecord read(byte[] bytes, String name) {
        List<Stage> stages = Stages.structure();
        return new FilingReader(stages, false).read(bytes, name);
    }
}
