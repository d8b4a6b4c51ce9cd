package sixk.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import sixk.submission.RawDocument;
import sixk.submission.Submission;
import sixk.submission.SubmissionParser;
import sixk.text.Charsets;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A filed HTML document made safe to show: jsoup's relaxed safelist (no script, style, event
 * handler, form or frame survives), links only to http(s) and opened without referrer, and no
 * image that would load from anywhere but the page itself (filings' images point at EDGAR, or at
 * whatever a hostile filer chose). Filing HTML is hostile input; this is the only way it is shown.
 */
public final class DocumentHtml {
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("td", "colspan", "rowspan", "align", "valign")
            .addAttributes("th", "colspan", "rowspan", "align", "valign")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank")
            .addProtocols("a", "href", "http", "https");

    private DocumentHtml() {}

    /** The sanitized body of document {@code n} of the original submission, when it is HTML. */
    public static Optional<String> of(byte[] original, JsonNode record, int n) {
        Submission s = new SubmissionParser().parse(ByteBuffer.wrap(original));
        JsonNode info = record.path("documents").path(n);
        if (info.isMissingNode() || !"html".equals(info.path("format").asText())) return Optional.empty();
        RawDocument raw = null;
        // A paper filing split at its exhibits has more documents than the submission: match by sequence or name.
        for (RawDocument d : s.documents()) {
            boolean sameSequence = d.sequence() != null && info.path("sequence").isInt() && d.sequence() == info.path("sequence").asInt();
            boolean sameName = d.filename() != null && d.filename().equals(info.path("filename").asText(null));
            if (sameSequence || sameName) { raw = d; break; }
        }
        if (raw == null && s.documents().size() > n) raw = s.documents().get(n);
        if (raw == null) return Optional.empty();
        return Optional.of(clean(Charsets.decode(raw.body()).text()));
    }

    /** Cleans hostile HTML to the safelist; what is left is inert markup and text. */
    public static String clean(String html) {
        Document dirty = Jsoup.parse(html);
        Document clean = new Cleaner(SAFE).clean(dirty);
        for (Element a : clean.select("a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("http://") && !href.startsWith("https://")) a.removeAttr("href");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
