package sixk.pipeline;

import org.junit.jupiter.api.Test;
import sixk.TestFiles;
import sixk.record.FilingRecord;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gives a record with warnings, never an exception. */
class BadInputTest {
    private final FilingReader reader = FilingReader.standard();

    private FilingRecord read(String s) { return reader.read(s.getBytes(StandardCharsets.ISO_8859_1), "test"); }

    @Test
    void emptyFile() {
        FilingRecord r = reader.read(new byte[0], "empty");
        assertThat(r.documents()).isEmpty();
        assertThat(r.warnings()).extracting("code").contains("empty_input");
    }

    @Test
    void binaryFile() {
        byte[] b = new byte[10_000];
        Arrays.fill(b, (byte) 0);
        FilingRecord r = reader.read(b, "zeros.bin");
        assertThat(r.warnings()).extracting("code").contains("binary_document");
    }

    @Test
    void truncatedSubmission() {
        String full = new String(TestFiles.resource("submissions/0001130319-09-000293-6k-uuencoded.txt"), StandardCharsets.ISO_8859_1);
        FilingRecord r = read(full.substring(0, full.length() / 3));
        assertThat(r.accession()).isEqualTo("0001130319-09-000293");
        assertThat(r.warnings()).extracting("code").contains("truncated");
        assertThat(r.texts()).isNotEmpty();
    }

    @Test
    void headerWithoutDocuments() {
        FilingRecord r = reader.read(TestFiles.resource("submissions/1998-form4-header.txt"), "header-only");
        assertThat(r.form()).isEqualTo("4");
        assertThat(r.warnings()).extracting("code").contains("no_documents", "document_count_mismatch");
    }

    @Test
    void nestedAndUnclosedTags() {
        FilingRecord r = read("<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER: 0000000000-00-000001\nCONFORMED SUBMISSION TYPE: 6-K\n"
                + "<DOCUMENT>\n<TYPE>6-K\n<TEXT>\n<html><body><p><b><i>unclosed <table><tr><td>cell\n"
                + "<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n<DOCUMENT>\n");
        assertThat(r.warnings()).extracting("code").contains("header_unclosed", "document_unclosed");
        assertThat(r.texts().get(0)).contains("unclosed").contains("cell");
    }

    @Test
    void invalidUtf8() {
        byte[] b = "<DOCUMENT>\n<TYPE>6-K\n<TEXT>\nV\u00e9nissieux \u00e9t\u00e9\n</TEXT>\n</DOCUMENT>\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(b, b.length + 2);
        broken[b.length] = (byte) 0xC3;
        broken[b.length + 1] = (byte) 0x28;
        FilingRecord ok = reader.read(b, "utf8");
        FilingRecord bad = reader.read(broken, "broken");
        assertThat(ok.texts().get(0)).contains("Vénissieux");
        assertThat(bad.texts().get(0)).doesNotContain("\uFFFD");
    }

    @Test
    void textWithoutLineBreaks() {
        FilingRecord r = read("word ".repeat(200_000));
        assertThat(r.texts().get(0)).hasSizeGreaterThan(500_000);
    }
}
