package sixk.edgar;

import sixk.TestFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The submissions JSON: recorded pages read whole; malformed JSON and rows are skipped with a warning naming them. */
class CompanyFilingsTest {
    @Test
    void recordedSubmissionsRead() {
        List<String> warnings = new ArrayList<>();
        CompanyFilings f = CompanyFilings.parse(EdgarReplay.resource("submissions/CIK0000940418.json"), 940418, "CIK0000940418.json", warnings::add);
        assertThat(warnings).isEmpty();
        assertThat(f.company()).isEqualTo("SIEMENS AG");
        assertThat(f.filings()).hasSize(31);
        assertThat(f.filings().get(0).form()).isEqualTo("13F-HR");
        assertThat(f.filings().get(0).filed()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(f.olderPages()).isEmpty();
    }

    @Test
    void truncatedJsonIsSkippedWithTheLineAndColumn() {
        byte[] whole = EdgarReplay.resource("submissions/CIK0000940418.json");
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        List<String> warnings = new ArrayList<>();
        CompanyFilings f = CompanyFilings.parse(cut, 940418, "CIK0000940418.json", warnings::add);
        assertThat(f.filings()).isEmpty();
        assertThat(warnings).singleElement().asString().contains("CIK0000940418.json").contains("malformed JSON").containsPattern("line \\d+, column \\d+");
    }

    @Test
    void malformedRowIsSkippedAndNamed() {
        String json = new String(EdgarReplay.resource("submissions/CIK0001453015.json"), StandardCharsets.UTF_8)
                .replace("\"0001309014-09-000306\"", "\"not-an-accession\"");
        List<String> warnings = new ArrayList<>();
        CompanyFilings f = CompanyFilings.parse(json.getBytes(StandardCharsets.UTF_8), 1453015, "CIK0001453015.json", warnings::add);
        assertThat(f.filings()).extracting(FilingRef::accession).containsExactly("0001309014-10-000132");
        assertThat(warnings).singleElement().asString().contains("filing #1").contains("not-an-accession");
        assertThat(f.olderPages()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("CIK0001453015-submissions-001.json");
            assertThat(p.overlaps(LocalDate.of(2009, 5, 1), null)).isFalse();
            assertThat(p.overlaps(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 1, 31))).isTrue();
        });
    }

    /** A recorded company with an older page: the lister follows it only when the dates ask for it. */
    @Test
    void olderPagesAreFollowedOnlyWhenTheRangeReachesThem() throws Exception {
        Path corpus = TestFiles.corpus().orElse(null);
        assumeTrue(corpus != null, TestFiles.NO_CORPUS);
        byte[] main = Files.readAllBytes(corpus.resolve("edgar/cassette__data.sec.gov__submissions__CIK0001009672.json"));
        byte[] older = Files.readAllBytes(corpus.resolve("edgar/cassette__data.sec.gov__submissions__CIK0001009672-submissions-001.json"));
        try (EdgarReplay edgar = new EdgarReplay()) {
            edgar.serve("/submissions/CIK0001009672.json", main).serve("/submissions/CIK0001009672-submissions-001.json", older);
            List<String> warnings = new ArrayList<>();
            EdgarClient client = new EdgarClient(EdgarClient.Settings.defaults("sixk test test@example.com").withRate(10), warnings::add);
            FilingLister lister = new FilingLister(client, edgar.site(), warnings::add);

            List<FilingRef> all = lister.byCompany(1009672, new FetchQuery(Set.of(), null, null));
            assertThat(all).hasSize(1000 + 205);
            assertThat(all).allSatisfy(f -> assertThat(f.company()).isEqualTo("CARBO CERAMICS INC"));
            assertThat(edgar.count("/submissions/CIK0001009672-submissions-001.json")).isEqualTo(1);

            List<FilingRef> recent = lister.byCompany(1009672, new FetchQuery(Set.of("8-K"), LocalDate.of(2010, 1, 1), null));
            assertThat(recent).isNotEmpty().allSatisfy(f -> {
                assertThat(f.form()).isEqualTo("8-K");
                assertThat(f.filed()).isAfterOrEqualTo(LocalDate.of(2010, 1, 1));
            });
            assertThat(edgar.count("/submissions/CIK0001009672-submissions-001.json")).as("older page not needed").isEqualTo(1);
            assertThat(warnings).isEmpty();
        }
    }
}
