package sixk.text;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetsTest {
    @Test
    void utf8IsKept() {
        Charsets.Decoded d = Charsets.decode(ByteBuffer.wrap("Vénissieux – €".getBytes(StandardCharsets.UTF_8)));
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("Vénissieux – €");
    }

    @Test
    void windows1252QuotesAreNotMojibake() {
        byte[] b = {'R', 'e', 'g', 'e', 'n', 't', (byte) 0x92, 's', ' ', (byte) 0xE9};
        Charsets.Decoded d = Charsets.decode(ByteBuffer.wrap(b));
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo("Regent\u2019s é");
    }

    @Test
    void invalidUtf8FallsBackWithoutReplacementCharacters() {
        byte[] b = {'a', (byte) 0xC3, 'b', (byte) 0xFF};
        assertThat(Charsets.decode(ByteBuffer.wrap(b)).text()).doesNotContain("\uFFFD").startsWith("a");
    }
}
