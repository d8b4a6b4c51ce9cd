package sixk.submission;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BytesTest {
    @Test
    void aByteIsFoundEightAtATimeWhereALoopFindsIt() {
        Random r = new Random(7);
        for (int round = 0; round < 2000; round++) {
            byte[] a = new byte[r.nextInt(40)];
            // Few distinct values, bytes above 0x7F among them: the borrow of one byte must not flag another.
            for (int i = 0; i < a.length; i++) a[i] = (byte) new int[]{'\n', '<', 'D', 0x80, 0xFF, 0x0B, 0x09}[r.nextInt(7)];
            byte b = (byte) new int[]{'\n', '<', 0x80, 0xFF, 0x0A + 1}[r.nextInt(5)];
            int from = a.length == 0 ? 0 : r.nextInt(a.length + 1), to = from + r.nextInt(a.length - from + 1);
            int expected = -1;
            for (int i = from; i < to; i++) if (a[i] == b) { expected = i; break; }
            assertThat(Bytes.indexOfByte(a, b, from, to)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void aTagAtALineStartIsFoundInAHeapAndADirectBuffer() {
        byte[] text = "<SEC-HEADER>\nx <document> quoted\n<Document>\n<TYPE>6-K".getBytes(StandardCharsets.US_ASCII);
        byte[] tag = "\n<DOCUMENT>".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer direct = ByteBuffer.allocateDirect(text.length).put(text).flip();
        int expected = new String(text, StandardCharsets.US_ASCII).indexOf("\n<Document>");
        assertThat(Bytes.indexOf(ByteBuffer.wrap(text), tag, 0, text.length)).isEqualTo(expected);
        assertThat(Bytes.indexOf(direct, tag, 0, text.length)).isEqualTo(expected);
        assertThat(Bytes.indexOf(ByteBuffer.wrap(text), tag, expected + 1, text.length)).isEqualTo(-1);
        // Within a slice of a larger array (an offset), as a submission's documents are.
        ByteBuffer slice = ByteBuffer.wrap(("padding" + new String(text, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII)).slice(7, text.length);
        assertThat(Bytes.indexOf(slice, tag, 0, text.length)).isEqualTo(expected);
    }
}
