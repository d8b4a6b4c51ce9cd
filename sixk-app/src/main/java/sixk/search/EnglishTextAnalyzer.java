package sixk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Lucene's {@link EnglishAnalyzer}, token for token (a test compares them over the corpus), with
 * the Porter stems of the words it has seen remembered ({@link StemMemory}): a filing repeats its
 * words, and stemming each occurrence again was 3% of an ingest's CPU. The tokenizer does the
 * work of the first three filters too ({@link EnglishTokenizer}).
 */
final class EnglishTextAnalyzer extends Analyzer {
    @Override protected TokenStreamComponents createComponents(String fieldName) {
        // StandardTokenizer, EnglishPossessiveFilter, LowerCaseFilter and StopFilter in one.
        Tokenizer source = new EnglishTokenizer();
        // Components are kept per thread (Analyzer's reuse), and so is the memory.
        StemMemory memory = new StemMemory();
        TokenStream result = memory.recall(source);
        result = new PorterStemFilter(result);
        result = memory.remember(result);
        return new TokenStreamComponents(source, result);
    }

    @Override protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
