package sixk.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import sixk.pipeline.FilingReader;
import sixk.pipeline.Stages;
import sixk.record.FilingRecord;
import sixk.submission.Submission;
import sixk.submission.SubmissionParser;
import sixk.text.HtmlText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * JMH benchmarks of the hot paths on one real filing (a sample shipped in samples/ by default;
 * -p file=PATH for another): envelope parsing, HTML to text, read + structure, and the full pipeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class ReaderBenchmarks {
    @Param({"samples/filings__2009__000113031909000293.txt"})
    public String file;

    private byte[] bytes;
    private String html;
    private FilingReader structure;
    private FilingReader full;

    @Setup
    public void setup() throws IOException {
        bytes = Files.readAllBytes(Path.of(file));
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int start = Math.max(0, all.indexOf("<TEXT>"));
        int end = all.indexOf("</TEXT>", start);
        html = all.substring(start, end < 0 ? all.length() : end);
        structure = new FilingReader(Stages.structure(), false);
        full = new FilingReader(Stages.all(), false);
    }

    @Benchmark
    public Submission parseEnvelope() { return new SubmissionParser().parse(ByteBuffer.wrap(bytes)); }

    @Benchmark
    public HtmlText.Result htmlToText() { return HtmlText.convert(html, Integer.MAX_VALUE); }

    @Benchmark
    public FilingRecord readAndStructure() { return structure.read(bytes, file); }

    @Benchmark
    public FilingRecord fullExtraction() { return full.read(bytes, file); }
}
