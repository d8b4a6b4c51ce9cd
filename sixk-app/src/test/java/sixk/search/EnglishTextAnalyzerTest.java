package sixk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import sixk.pipeline.FilingReader;
import sixk.record.FilingRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index's analyzer gives what Lucene's EnglishAnalyzer gives, token for token, its memory of stems cold or warm. */
class EnglishTextAnalyzerTest {
    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
            KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + position.getPositionIncrement() + (keyword.isKeyword() ? " keyword" : ""));
            }
            ts.end();
            out.add("end " + offset.endOffset() + " +" + position.getPositionIncrement());
        }
        return out;
    }

    /** Two words of letters ("payments" and three letters more) that land in the same slot of the memory. */
    private static String[] sharingASlot() {
        java.util.Map<Integer, String> seen = new java.util.HashMap<>();
        for (char a = 'a'; a <= 'z'; a++) for (char b = 'a'; b <= 'z'; b++) for (char c = 'a'; c <= 'z'; c++) {
            String w = "payments" + a + b + c + "ing";
            String other = seen.putIfAbsent(StemMemory.slot(w.toCharArray(), w.length()), w);
            if (other != null) return new String[]{other, w};
        }
        throw new AssertionError("no two words share a slot");
    }

    @Test
    void sameTokensAsEnglishAnalyzerOverTheSampleFilings() throws IOException {
        List<String> texts = new ArrayList<>();
        FilingReader reader = FilingReader.standard();
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            inputs.addAll(files.filter(p -> !p.toString().endsWith(".md")).sorted().toList());
        }
        // More words when the shared corpus is here (a vocabulary larger than the memory's slots).
        java.util.Optional<Path> corpus = sixk.TestFiles.sixkCorpus();
        if (corpus.isPresent()) {
            try (Stream<Path> files = Files.list(corpus.get())) {
                inputs.addAll(files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(150).toList());
            }
        }
        for (Path f : inputs) {
            FilingRecord r = reader.read(f);
            texts.addAll(r.texts());
        }
        // Words the stemmer changes in many ways, possessives, stop words, long words, and two words sharing a slot in turn.
        texts.add("The company's payments paid; milestones relational conditional generalizations hopefully "
                + "internationalizationsandsuchlikewords internationalizationsandsuchlikewords");
        String[] pair = sharingASlot();
        texts.add((pair[0] + " " + pair[1] + " ").repeat(3));
        assertThat(texts).hasSizeGreaterThan(8);
        try (Analyzer lucene = new EnglishAnalyzer(); Analyzer ours = new EnglishTextAnalyzer()) {
            long tokens = 0;
            // Twice over: the first pass stems and remembers, the second mostly recalls.
            for (int pass = 0; pass < 2; pass++) {
                for (String text : texts) {
                    List<String> expected = tokens(lucene, text);
                    assertThat(tokens(ours, text)).isEqualTo(expected);
                    tokens += expected.size();
                }
            }
            assertThat(tokens).isGreaterThan(5_000);
        }
    }

    /**
     * Random text over the characters where the tokenizer's ASCII rules decide (letters, digits,
     * underscores, the joining marks, spaces of every kind), with stop words, possessives, and
     * characters that send a chunk to Lucene's tokenizer: curly apostrophes, accents, dashes, a
     * middle dot, a combining mark, an emoji, and chunks longer than a token may be.
     */
    @Test
    void sameTokensAsEnglishAnalyzerOnRandomText() throws IOException {
        String[] pieces = {"a", "B", "z", "7", "0", "_", ".", "'", ":", ",", ";", "-", "\"", "$", "%", " ", " ", " ", "\t", "\n", "\r\n",
                "\u000B", "\f", "the", "The", "and", "their", "Company's", "'s", "S", "’", "’s", "é", "—", "·", "\u0301", "\u00A0", "😀",
                "U.S.", "1,000.5", "a:b", "x".repeat(200), "9".repeat(100)};
        java.util.Random random = new java.util.Random(20261203);
        try (Analyzer lucene = new EnglishAnalyzer(); Analyzer ours = new EnglishTextAnalyzer()) {
            for (int n = 0; n < 3000; n++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(40); k > 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
                String t = text.toString();
                assertThat(tokens(ours, t)).as("tokens of [%s]", t).isEqualTo(tokens(lucene, t));
            }
        }
    }
}
