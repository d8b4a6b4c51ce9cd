package sixk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sixk.record.FilingRecord;
import sixk.search.SearchIndex;
import sixk.table.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workers put filings into the Lucene index before the writer stores them; the index must be
 * committed only when every filing put into it is stored. Checked at every commit of a real run
 * (a real store and a real index, the index watched by a sink that passes everything on).
 */
class IngestCommitTest {
    /** The real index, and at each commit a look at whether every filing it was given is in the store. */
    static final class WatchedIndex implements RecordSink {
        final SearchIndex index;
        final FilingStore store;
        final Set<String> put = ConcurrentHashMap.newKeySet();
        int commits;

        WatchedIndex(SearchIndex index, FilingStore store) {
            this.index = index;
            this.store = store;
        }

        @Override public void put(FilingRecord record) throws IOException { throw new AssertionError("ingest gives the rows"); }

        @Override public void put(FilingRecord record, Map<Table, List<Object[]>> rows) throws IOException {
            index.put(record, rows);
            put.add(record.id());
        }

        @Override public void delete(String id) throws IOException {
            index.delete(id);
            put.remove(id);
        }

        @Override public boolean concurrent() { return true; }

        @Override public void commit() throws IOException {
            assertThat(store.ids()).as("commit %d: every filing in the index is stored", commits).containsAll(put);
            commits++;
            index.commit();
        }

        @Override public Set<String> ids() throws IOException { return index.ids(); }

        @Override public void close() throws IOException { index.close(); }
    }

    @Test
    void theIndexIsCommittedOnlyWhenEveryFilingItHoldsIsStored(@TempDir Path tmp) throws IOException {
        // 100 filings: the seed, each copy with its own trailing blanks (its own SHA-256, so its own id).
        Path in = Files.createDirectories(tmp.resolve("in"));
        String seed = Files.readString(StoreTest.SAMPLES.resolve("flamel-6k-2002-09-seed.txt"));
        for (int i = 0; i < 100; i++) Files.writeString(in.resolve("seed-" + i + ".txt"), seed + " ".repeat(i + 1));
        Path data = tmp.resolve("data");
        System.setProperty("sixk.ingest.commitEvery", "5");
        Ingester.Summary s;
        WatchedIndex watched;
        try (FilingStore store = FilingStore.open(data)) {
            watched = new WatchedIndex(SearchIndex.open(data.resolve("index")), store);
            try (watched) {
                s = new Ingester(store, List.of(watched)).ingest(List.of(in), 1, null);
            }
            assertThat(store.ids()).hasSize(100);
        } finally {
            System.clearProperty("sixk.ingest.commitEvery");
        }
        assertThat(s.failures()).isEmpty();
        assertThat(s.filings()).isEqualTo(100);
        // One worker, 32 filings in flight: commits came while the worker was reading ahead of the store.
        assertThat(watched.commits).isGreaterThan(3);
        try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            assertThat(index.ids()).hasSize(100);
        }
    }
}
