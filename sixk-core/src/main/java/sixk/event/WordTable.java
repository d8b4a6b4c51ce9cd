package sixk.event;

/**
 * Word hashes ({@link Features#hash}, never 0) mapped to non-zero values, looked up once per word of
 * every document: open addressing in a table at most a quarter full, so a lookup is one or two
 * probes where a binary search over the sorted hashes took a dozen unpredictable branches.
 */
final class WordTable {
    private final long[] keys, values;
    private final int shift;

    private WordTable(long[] keys, long[] values, int shift) {
        this.keys = keys;
        this.values = values;
        this.shift = shift;
    }

    /** The table of {@code hashes[i] → values[i]}; a hash given twice keeps its values OR-ed. */
    static WordTable of(long[] hashes, long[] values) {
        int bits = 4;
        while ((1 << bits) < hashes.length * 4) bits++;
        WordTable t = new WordTable(new long[1 << bits], new long[1 << bits], 64 - bits);
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == 0 || values[i] == 0) throw new IllegalArgumentException("0 is the empty slot");
            int k = t.slot(hashes[i]);
            t.keys[k] = hashes[i];
            t.values[k] |= values[i];
        }
        return t;
    }

    /** The value of {@code hash}, or 0 when it is not in the table. */
    long get(long hash) {
        for (int k = (int) (hash * 0x9E3779B97F4A7C15L >>> shift); ; k = (k + 1) & (keys.length - 1)) {
            long key = keys[k];
            if (key == hash) return values[k];
            if (key == 0) return 0;
        }
    }

    boolean contains(long hash) { return get(hash) != 0; }

    /** Where {@code hash} is, or the empty slot where it would go. */
    private int slot(long hash) {
        int k = (int) (hash * 0x9E3779B97F4A7C15L >>> shift);
        while (keys[k] != 0 && keys[k] != hash) k = (k + 1) & (keys.length - 1);
        return k;
    }
}
