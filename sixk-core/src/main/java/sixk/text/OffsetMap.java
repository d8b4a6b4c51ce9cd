package sixk.text;

import java.util.Arrays;

/**
 * Maps offsets of a document's normalized text back to offsets of its decoded source (the
 * characters of the document body, before markup was removed). Stored as runs: from text
 * offset {@code textStart[i]} on, the text follows the source contiguously from
 * {@code sourceStart[i]}.
 */
public final class OffsetMap {
    private final int[] textStart;
    private final int[] sourceStart;
    private final int runs;

    OffsetMap(int[] textStart, int[] sourceStart, int runs) {
        this.textStart = textStart;
        this.sourceStart = sourceStart;
        this.runs = runs;
    }

    /** A map for text that is its own source. */
    public static OffsetMap identity() { return new OffsetMap(new int[]{0}, new int[]{0}, 1); }

    /** The source offset of text offset {@code offset}. */
    public int toSource(int offset) {
        if (runs == 0) return offset;
        int i = Arrays.binarySearch(textStart, 0, runs, offset);
        if (i < 0) i = -i - 2;
        if (i < 0) i = 0;
        return sourceStart[i] + (offset - textStart[i]);
    }

    public int runs() { return runs; }
}
