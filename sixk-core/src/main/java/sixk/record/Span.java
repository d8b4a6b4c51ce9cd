package sixk.record;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A [start, end) range of characters in one document's normalized text. Serialized as [start, end]. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public int length() { return end - start; }

    public String of(CharSequence text) { return text.subSequence(start, end).toString(); }

    public boolean within(int length) { return end <= length; }
}
