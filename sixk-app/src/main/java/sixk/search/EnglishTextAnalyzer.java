package sixk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Lucene's {@link EnglishAnalyzer}, token for token (a test compares them over the corpus), with
 * the Porter stems of the words it has seen remembered ({@link StemMemory}): a filing repeats its
 * words, and stemming each occurrence again was 3% of an ingest's CPU. The tokenizer does the
 * work of the filters too ({@link EnglishTokenizer}).
 */
final class EnglishTextAnalyzer extends Analyzer {
    @Override protected TokenStreamComponents createComponents(String fieldName) {
        // StandardTokenizer, EnglishPossessiveFilter, LowerCaseFilter, StopFilter and PorterStemFilter in one.
        Tokenizer source = new EnglishTokenizer();
        return new TokenStreamComponents(source);
    }

    @Override protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
