package sixk.submission;

import org.junit.jupiter.api.Test;
import sixk.TestFiles;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionParserTest {
    private static Submission parse(String text) {
        return new SubmissionParser().parse(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void uuencodedGraphicIsDecodedNotText() {
        Submission s = new SubmissionParser().parse(ByteBuffer.wrap(TestFiles.resource("submissions/0001130319-09-000293-6k-uuencoded.txt")));
        assertThat(s.header().publicDocumentCount()).isEqualTo(s.documents().size());
        RawDocument gif = s.documents().stream().filter(d -> "GRAPHIC".equals(d.type())).findFirst().orElseThrow();
        assertThat(gif.uuencoded()).isTrue();
        assertThat(gif.uuencodedName()).isEqualTo("o55342o5534200.gif");
        byte[] magic = new byte[4];
        gif.body().duplicate().get(magic);
        assertThat(new String(magic, StandardCharsets.ISO_8859_1)).isEqualTo("GIF8");
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void uudecodeRoundTrip() {
        // "Cat" uuencodes to "#0V%T"; a line of length 3.
        Submission s = parse("<DOCUMENT>\n<TYPE>EX-1\n<TEXT>\nbegin 644 cat.txt\n#0V%T\n`\nend\n</TEXT>\n</DOCUMENT>\n");
        RawDocument d = s.documents().get(0);
        byte[] b = new byte[d.body().remaining()];
        d.body().duplicate().get(b);
        assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo("Cat");
    }

    @Test
    void documentFieldsAndSequence() {
        Submission s = parse("<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex991.htm\n<DESCRIPTION>PRESS RELEASE\n<TEXT>\n<p>Hi</p>\n</TEXT>\n</DOCUMENT>\n");
        RawDocument d = s.documents().get(0);
        assertThat(d.type()).isEqualTo("EX-99.1");
        assertThat(d.sequence()).isEqualTo(2);
        assertThat(d.filename()).isEqualTo("ex991.htm");
        assertThat(d.description()).isEqualTo("PRESS RELEASE");
        assertThat(StandardCharsets.ISO_8859_1.decode(d.body().duplicate()).toString()).isEqualTo("<p>Hi</p>\n");
    }

    @Test
    void unclosedDocumentEndsAtNextOne() {
        Submission s = parse("<DOCUMENT>\n<TYPE>6-K\n<TEXT>\none\n<DOCUMENT>\n<TYPE>EX-1\n<TEXT>\ntwo\n</TEXT>\n</DOCUMENT>\n");
        assertThat(s.documents()).hasSize(2);
        assertThat(s.warnings()).extracting("code").contains("document_unclosed");
    }

    @Test
    void quotedDocumentTagInsideTextDoesNotSplit() {
        Submission s = parse("<DOCUMENT>\n<TYPE>6-K\n<TEXT>\nthe tag <DOCUMENT> appears here\n</TEXT>\n</DOCUMENT>\n");
        assertThat(s.documents()).hasSize(1);
    }

    @Test
    void countMismatchIsReported() {
        Submission s = parse("<SEC-HEADER>\nACCESSION NUMBER: 1\nPUBLIC DOCUMENT COUNT: 3\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>6-K\n<TEXT>\nx\n</TEXT>\n</DOCUMENT>\n");
        assertThat(s.warnings()).extracting("code").contains("document_count_mismatch");
    }
}
