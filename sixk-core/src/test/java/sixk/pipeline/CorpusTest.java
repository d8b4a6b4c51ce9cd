package sixk.pipeline;

import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.record.FilingRecord;
import sixk.record.Warning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every file of ../shared/corpus gives a record; submissions agree with their document count; every
 * entity, quote and event evidence lies inside its document and the text at its span is its text.
 */
class CorpusTest {
    @Test
    void everyCorpusFileGivesARecord() throws IOException {
        Path corpus = TestFiles.corpus().orElse(null);
        assumeTrue(corpus != null, TestFiles.NO_CORPUS);
        FilingReader reader = FilingReader.standard();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int counted = 0, agreeing = 0;
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            FilingRecord r = reader.read(f);
            assertThat(r.source().sha256()).hasSize(64);
            for (Warning w : r.warnings()) {
                if (w.code().equals("stage_failed")) problems.add(f.getFileName() + ": " + w.message());
            }
            for (var p : r.pressReleases()) {
                String text = r.text(p.document());
                if (p.headlineSpan() != null) {
                    assertThat(p.headlineSpan().within(text.length())).isTrue();
                    assertThat(p.headlineSpan().of(text).replaceAll("\\s+", " ").strip()).isEqualTo(p.headline());
                }
                assertThat(p.dateline().span().within(text.length())).as(f.toString()).isTrue();
            }
            // Every entity and every event's evidence points at its words.
            for (var e : r.entities()) {
                String text = r.text(e.document());
                assertThat(e.span().within(text.length())).as(f + " " + e).isTrue();
                assertThat(e.span().of(text)).as(f.toString()).isEqualTo(e.text());
            }
            for (var ev : r.events()) {
                String text = r.text(ev.evidence().document());
                assertThat(ev.evidence().span().within(text.length())).as(f + " " + ev).isTrue();
                assertThat(text).as(f.toString()).contains(ev.evidence().text());
                assertThat(ev.evidence().text()).as(f.toString()).contains(ev.evidence().span().of(text));
            }
            for (var p : r.pressReleases()) {
                for (var q : p.quotes()) assertThat(q.span().of(r.text(p.document()))).as(f.toString()).isEqualTo(q.text());
            }
            for (int i = 0; i < r.texts().size(); i++) {
                assertThat(r.documents().get(i).chars()).isEqualTo(r.texts().get(i).length());
            }
            // A header saved alone (.hdr.sgml, index-headers pages) is not a submission: it only carries the warning.
            if (r.header() != null && r.header().publicDocumentCount() != null && r.documents().isEmpty()) {
                assertThat(r.warnings()).extracting(Warning::code).contains("no_documents");
            } else if (r.header() != null && r.header().publicDocumentCount() != null) {
                counted++;
                if (r.header().publicDocumentCount() == r.documents().size()) agreeing++;
                else assertThat(r.warnings()).as(f.toString()).extracting(Warning::code).contains("document_count_mismatch");
            }
        }
        assertThat(problems).as("stages that threw").isEmpty();
        assertThat(counted).isGreaterThan(100);
        // A few corpus files are header-only or cut recordings; each of those carries the warning (checked above).
        assertThat((double) agreeing / counted).isGreaterThan(0.95);
    }
}
