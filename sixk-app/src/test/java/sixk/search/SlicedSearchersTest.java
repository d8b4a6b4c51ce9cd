package sixk.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Segments are shared out whole and evenly, and a sliced search finds what a plain one does. */
class SlicedSearchersTest {
    private static final int[] SEGMENTS = {700, 650, 600, 90, 80, 30, 20, 5};

    @Test
    void sharesSegmentsOutWholeAndEvenly(@TempDir Path dir) throws IOException {
        try (var directory = FSDirectory.open(dir)) {
            write(directory);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(SEGMENTS.length);
                IndexSearcher.LeafSlice[] slices = SlicedSearchers.balanced(reader.leaves(), 2);
                assertThat(slices).hasSize(2);
                List<LeafReaderContext> placed = Arrays.stream(slices).flatMap(s -> Arrays.stream(s.partitions))
                        .peek(p -> assertThat(p.minDocId).isZero()).peek(p -> assertThat(p.maxDocId).isGreaterThanOrEqualTo(p.ctx.reader().maxDoc()))
                        .map(p -> p.ctx).toList();
                assertThat(placed).containsExactlyInAnyOrderElementsOf(reader.leaves());
                int a = slices[0].getMaxDocs(), b = slices[1].getMaxDocs();
                // The best split there is: 650 + 600 against the rest (Lucene's own slicing puts all 2,175 documents in one slice).
                assertThat(Math.max(a, b)).isEqualTo(1250);
                assertThat(a + b).isEqualTo(2175);
                assertThat(SlicedSearchers.balanced(reader.leaves(), 20)).hasSize(SEGMENTS.length);
                assertThat(SlicedSearchers.balanced(List.of(), 2)).isEmpty();
            }
        }
    }

    @Test
    void aSlicedSearchFindsWhatAPlainOneFinds(@TempDir Path dir) throws IOException {
        try (var directory = FSDirectory.open(dir); SlicedSearchers sliced = new SlicedSearchers(3)) {
            write(directory);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher s = sliced.newSearcher(reader, null);
                assertThat(s.getSlices()).hasSize(3);
                TermQuery q = new TermQuery(new Term("text", "payment"));
                TopDocs plain = new IndexSearcher(reader).search(q, 50), split = s.search(q, 50);
                assertThat(split.totalHits).isEqualTo(plain.totalHits);
                assertThat(Arrays.stream(split.scoreDocs).mapToInt(d -> d.doc)).containsExactlyElementsOf(
                        Arrays.stream(plain.scoreDocs).mapToInt(d -> d.doc).boxed().toList());
                assertThat(s.count(q)).isEqualTo(Arrays.stream(SEGMENTS).map(n -> (n + 2) / 3).sum());
            }
        }
    }

    @Test
    void readsTheHalvesOfAPageInOrderAndPassesOnAFailureOfEither() throws IOException {
        try (SlicedSearchers sliced = new SlicedSearchers(2)) {
            int[] hits = {5, 3, 9, 1, 7};
            List<int[]> parts = sliced.halves(hits, ids -> ids);
            assertThat(parts.stream().flatMapToInt(Arrays::stream).toArray()).containsExactly(hits);
            assertThat(parts).hasSize(2);
            assertThat(sliced.halves(new int[]{4}, ids -> ids)).hasSize(1);
            for (int failing : new int[]{5, 1}) {
                assertThatThrownBy(() -> sliced.halves(hits, ids -> {
                    if (Arrays.stream(ids).anyMatch(i -> i == failing)) throw new IOException("cannot read " + failing);
                    return ids;
                })).isInstanceOf(IOException.class).hasMessage("cannot read " + failing);
            }
        }
        try (SlicedSearchers one = new SlicedSearchers(1)) {
            assertThat(one.halves(new int[]{1, 2}, ids -> ids)).hasSize(1);
        }
    }

    /** One segment per entry of SEGMENTS; every third document tells of a payment, more often further in. */
    private static void write(FSDirectory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter w = new IndexWriter(directory, config)) {
            for (int size : SEGMENTS) {
                for (int i = 0; i < size; i++) {
                    Document d = new Document();
                    d.add(new TextField("text", i % 3 == 0 ? "milestone payment " + "payment ".repeat(i % 7) : "quarterly results", Field.Store.NO));
                    w.addDocument(d);
                }
                w.commit();
            }
        }
    }
}
