package sixk.table;

import org.junit.jupiter.api.Test;
import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedFilingTest {
    @Test
    void normalizesOnceForEveryEngine() {
        IndexedFiling f = new IndexedFiling("x", "6-k", "Acme", "0001141197", "2002-09-19", "France", List.of("dividend"),
                List.of("flml"), "Acme pays", List.of(new IndexedFiling.Doc(0, "6-K", "text")));
        assertThat(f.form()).isEqualTo("6-K");
        assertThat(f.cik()).isEqualTo("1141197");
        assertThat(f.tickers()).containsExactly("FLML");
        assertThat(f.year()).isEqualTo("2002");
        assertThat(IndexedFiling.cik(" 0000 ")).isEqualTo("0");
    }

    @Test
    void theSeedFromItsRows() throws IOException {
        FilingRecord r = FilingReader.standard().read(Path.of("..", "samples", "flamel-6k-2002-09-seed.txt"));
        IndexedFiling f = IndexedFiling.of(r);
        assertThat(f.id()).isEqualTo(r.id());
        assertThat(f.form()).isEqualTo("6-K");
        assertThat(f.filed()).startsWith("2002-");
        assertThat(f.events()).contains("milestone_payment");
        assertThat(f.documents()).isNotEmpty().allSatisfy(d -> assertThat(d.text()).isNotBlank());
        assertThat(f.documents().get(0).text()).contains("Servier");
        // Rows whose dates are date objects (as a database gives them) read the same.
        var rows = RecordTables.rows(r);
        Object[] filing = rows.get(RecordTables.FILINGS).get(0).clone();
        int filed = RecordTables.FILINGS.columns().indexOf(Column.date("filed_date"));
        filing[filed] = java.time.LocalDate.parse((String) filing[filed]);
        assertThat(IndexedFiling.of(filing, new ArrayList<>(rows.get(RecordTables.DOCUMENTS)))).isEqualTo(f);
    }
}
