package sixk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's {@link EnglishAnalyzer}, token for token (a test compares them over the corpus), with
 * the Porter stems of the words it has seen remembered ({@link StemMemory}): a filing repeats its
 * words, and stemming each occurrence again was 3% of an ingest's CPU.
 */
final class EnglishTextAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    @Override protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        // Components are kept per thread (Analyzer's reuse), and so is the memory.
        StemMemory memory = new StemMemory();
        result = memory.recall(result);
        result = new PorterStemFilter(result);
        result = memory.remember(result);
        return new TokenStreamComponents(source, result);
    }

    @Override protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
