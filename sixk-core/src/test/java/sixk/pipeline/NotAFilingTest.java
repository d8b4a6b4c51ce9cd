package sixk.pipeline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.record.FilingRecord;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** EDGAR data kept beside filings (indexes, API JSON, tables) is said to be no filing, and nothing is made up from it. */
class NotAFilingTest {
    private final FilingReader reader = FilingReader.standard();

    @ParameterizedTest
    @CsvSource({
            "data/edgar-submissions-CIK0001800903.json, JSON data",
            "data/edgar-filing-index-0000903423-09-000026.htm, an EDGAR filing index page",
            "data/form-index-2021-03-31.idx.txt, an EDGAR index file",
            "data/8K_Filings.csv, a CSV table",
            "data/corpus-manifest-head.tsv, a tab-separated table",
    })
    void dataIsNoFiling(String resource, String what) {
        FilingRecord r = reader.read(TestFiles.resource(resource), resource);
        assertThat(FilingReader.notAFiling(r)).isEqualTo(what + ", not a filing; nothing was read from it");
        assertThat(r.source().format()).isEqualTo("data");
        assertThat(r.events()).isEmpty();
        assertThat(r.entities()).isEmpty();
        assertThat(r.documents()).isEmpty();
        assertThat(r.form()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "filings/flamel-6k-2002-09-seed.txt", "filings/51job-6k-2009-07-cover.htm", "filings/abnamro-6k-2009-07.txt",
            "submissions/0001004963-96-000018-8k-1996.txt", "submissions/0002002260-24-000001.nc", "submissions/1998-form4-header.txt",
    })
    void filingsAreFilings(String resource) {
        assertThat(FilingReader.notAFiling(reader.read(TestFiles.resource(resource), resource))).isNull();
    }

    @Test
    void proseWithCommasIsNoTable() {
        // Named .csv but written as prose: the lines do not hold the same fields.
        String text = "Flamel Technologies, a French company, announced today\nthat it received a milestone payment of $4 million,\n"
                + "from Servier Monde.\nThe payment was due under the agreement of January 2002.\n";
        FilingRecord r = reader.read(text.getBytes(StandardCharsets.UTF_8), "release.csv");
        assertThat(FilingReader.notAFiling(r)).isNull();
    }

    @Test
    void bracketedTextIsNoJson() {
        FilingRecord r = reader.read("[LOGO]\n\nFLAMEL TECHNOLOGIES\n\nPress release\n".getBytes(StandardCharsets.UTF_8), "release.txt");
        assertThat(FilingReader.notAFiling(r)).isNull();
    }

    @Test
    void jsonInsideASubmissionIsStillRead() {
        // A submission is a filing whatever its documents hold.
        String sgml = "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER: 0000000000-26-000001\nCONFORMED SUBMISSION TYPE: 6-K\n</SEC-HEADER>\n"
                + "<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n{\"a\": 1}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
        FilingRecord r = reader.read(sgml.getBytes(StandardCharsets.UTF_8), "x.txt");
        assertThat(FilingReader.notAFiling(r)).isNull();
        assertThat(r.form()).isEqualTo("6-K");
    }
}
