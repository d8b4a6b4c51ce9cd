package sixk.edgar;

import sixk.TestFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Index files read row by row; a line that does not read is skipped with a warning that names it. */
class IndexFileTest {
    @Test
    void malformedLineIsSkippedWithAWarningNamingIt() {
        List<String> warnings = new ArrayList<>();
        List<IndexFile.Row> rows = IndexFile.parse(EdgarReplay.resource("index/form.20100225.idx"), "form.20100225.idx", warnings::add);
        assertThat(rows).extracting(IndexFile.Row::accession).containsExactly("0001564590-20-011636", "0001309014-10-000132");
        IndexFile.Row ballard = rows.get(1);
        assertThat(ballard.form()).isEqualTo("6-K");
        assertThat(ballard.company()).isEqualTo("Ballard Power Systems Inc.");
        assertThat(ballard.cik()).isEqualTo(1453015L);
        assertThat(ballard.filed()).isEqualTo(LocalDate.of(2010, 2, 25));
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("form.20100225.idx line 13").contains("malformed").contains("Ballard Power Systems Inc.");
        assertThat(warnings.get(1)).contains("line 14").contains("../../etc/passwd");
    }

    @Test
    void companyNamesOverflowingTheirColumnStillRead() {
        List<String> warnings = new ArrayList<>();
        List<IndexFile.Row> rows = IndexFile.parse(EdgarReplay.resource("index/badform.idx.txt"), "badform.idx", warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(rows).hasSize(10);
        assertThat(rows).filteredOn(r -> r.cik() == 820694L).singleElement().satisfies(r -> {
            assertThat(r.company()).isEqualTo("UNITED PLANNERS' FINANCIAL SERVICES OF AMERICA A LIMITED PARTNER");
            assertThat(r.form()).isEqualTo("X-17A-5");
        });
        assertThat(rows).filteredOn(r -> r.form().equals("1-A POS")).extracting(IndexFile.Row::company).containsExactly("ALFADAN INC.");
    }

    @Test
    void masterIndexIsPipeSeparated() {
        List<String> warnings = new ArrayList<>();
        List<IndexFile.Row> rows = IndexFile.parse(EdgarReplay.resource("index/master.idx"), "master.idx", warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0)).isEqualTo(new IndexFile.Row(1095785, "SAGE CAPITAL LP", "REGDEX", LocalDate.of(1993, 12, 30),
                "edgar/data/1095785/9999999997-02-056978.txt"));
        assertThat(rows).filteredOn(r -> r.form().equals("SC 13D/A")).hasSize(2);
    }

    @Test
    void emptyIndexHasNoRowsAndNoWarnings() {
        List<String> warnings = new ArrayList<>();
        assertThat(IndexFile.parse(EdgarReplay.resource("index/empty-form.idx"), "empty-form.idx", warnings::add)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void notAnIndexSaysSo() {
        List<String> warnings = new ArrayList<>();
        assertThat(IndexFile.parse("<html>Not Found</html>\n".getBytes(StandardCharsets.UTF_8), "x.idx", warnings::add)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("no index header");
    }

    /** The real daily indexes of the corpus: every row reads, none is warned about. */
    @Test
    void realDailyIndexesReadWhole() throws IOException {
        Path corpus = TestFiles.corpus().orElse(null);
        assumeTrue(corpus != null, TestFiles.NO_CORPUS);
        for (String name : List.of("data__index_files__form.20200318.idx", "data__index_files__company.20221003.idx",
                "company.idx", "master.idx", "secedgar__tests__data__filings__daily__master.20181231.idx")) {
            byte[] b = Files.readAllBytes(corpus.resolve("edgar").resolve(name));
            List<String> warnings = new ArrayList<>();
            List<IndexFile.Row> rows = IndexFile.parse(b, name, warnings::add);
            assertThat(warnings).as(name).isEmpty();
            assertThat(rows).as(name).hasSize(dataLines(b));
            for (IndexFile.Row r : rows) {
                assertThat(r.fileName()).as(name).startsWith("edgar/data/" + r.cik() + "/");
                assertThat(r.form()).as(name).doesNotContain("  ").isNotBlank();
                assertThat(r.company()).as(name).isNotBlank();
            }
        }
        // company.idx has its column header wrapped onto two lines
        byte[] company = Files.readAllBytes(corpus.resolve("edgar/company.idx"));
        IndexFile.Row first = IndexFile.parse(company, "company.idx", w -> { }).get(0);
        assertThat(first).isEqualTo(new IndexFile.Row(1798581, "10H CAPITAL FUND I, LP", "D", LocalDate.of(2020, 1, 2),
                "edgar/data/1798581/0001798581-20-000002.txt"));
    }

    private static int dataLines(byte[] b) {
        String[] lines = new String(b, StandardCharsets.ISO_8859_1).split("\r?\n");
        int n = 0;
        boolean data = false;
        for (String l : lines) {
            if (data && !l.isBlank()) n++;
            if (l.startsWith("---")) data = true;
        }
        return n;
    }
}
