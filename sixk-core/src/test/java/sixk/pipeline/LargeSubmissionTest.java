package sixk.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A 200 MB submission is read in a child JVM limited to a 512 MB heap. */
class LargeSubmissionTest {
    @Test
    void twoHundredMegabytesInHalfAGigabyteHeap(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("big.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(("<SEC-DOCUMENT>0000000000-00-000001.txt\n<SEC-HEADER>\nACCESSION NUMBER: 0000000000-00-000001\n"
                    + "CONFORMED SUBMISSION TYPE: 6-K\nPUBLIC DOCUMENT COUNT: 3\n</SEC-HEADER>\n"
                    + "<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<TEXT>\nFORM 6-K\nFor the month of September 2002\n</TEXT>\n</DOCUMENT>\n"
                    + "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\n<html><body><table>\n").getBytes(StandardCharsets.US_ASCII));
            byte[] row = "<tr><td>Revenue for the quarter</td><td>$ 1,234</td><td>(5.6)%</td></tr>\n".getBytes(StandardCharsets.US_ASCII);
            long target = 120L * 1024 * 1024;
            for (long n = 0; n < target; n += row.length) out.write(row);
            out.write("</table></body></html>\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.2\n<SEQUENCE>3\n<TEXT>\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = "The company reported results for the third quarter of 2002 and expects growth.\n".getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 80L * 1024 * 1024; n += line.length) out.write(line);
            out.write("</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.size(file)).isGreaterThan(200L * 1000 * 1000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ReadOneFile.class.getName(), file.toString())).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("documents=3").contains("document_truncated").doesNotContain("OutOfMemoryError");
    }
}
