package sixk.event;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordTableTest {
    @Test
    void findsEveryWordItHoldsAndNoOther() {
        String[] words = {"milestone", "payment", "dividend", "results", "appoints", "guidance", "acquires", "the", "and"};
        long[] hashes = new long[words.length], values = new long[words.length];
        for (int i = 0; i < words.length; i++) { hashes[i] = Features.hash(words[i]); values[i] = 1L << i; }
        WordTable t = WordTable.of(hashes, values);
        for (int i = 0; i < words.length; i++) assertThat(t.get(Features.hash(words[i]))).as(words[i]).isEqualTo(1L << i);
        assertThat(t.get(Features.hash("milestones"))).isZero();
        assertThat(t.contains(Features.hash("payments"))).isFalse();
    }

    @Test
    void agreesWithAMapOnManyRandomHashesCollidingSlotsIncluded() {
        Random r = new Random(42);
        int n = 5000;
        long[] hashes = new long[n], values = new long[n];
        Map<Long, Long> expected = new HashMap<>();
        for (int i = 0; i < n; i++) {
            // Hashes differing only in their high bits land near one another: probing must go past them.
            hashes[i] = i % 2 == 0 ? r.nextLong() | 1 : ((long) i << 40) | 1;
            values[i] = r.nextLong() | 1;
            expected.merge(hashes[i], values[i], (x, y) -> x | y);
        }
        WordTable t = WordTable.of(hashes, values);
        expected.forEach((h, v) -> assertThat(t.get(h)).isEqualTo(v));
        for (int i = 0; i < 10_000; i++) {
            long h = r.nextLong();
            if (!expected.containsKey(h) && h != 0) assertThat(t.get(h)).isZero();
        }
    }

    @Test
    void aHashGivenTwiceKeepsBothValues() {
        WordTable t = WordTable.of(new long[]{7, 7}, new long[]{1, 4});
        assertThat(t.get(7)).isEqualTo(5);
    }

    @Test
    void zeroIsRefusedAsTheEmptySlot() {
        assertThatThrownBy(() -> WordTable.of(new long[]{0}, new long[]{1})).isInstanceOf(IllegalArgumentException.class);
    }
}
