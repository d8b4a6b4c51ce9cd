package sixk.edgar;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EDGAR's "latest filings" Atom feed (browse-edgar?action=getcurrent&output=atom), newest first.
 * Each entry reads {@code <title>6-K - NAME (0001234567) (Filer)</title>} and
 * {@code <id>urn:tag:sec.gov,2008:accession-number=0001234567-24-000001</id>}; a filing with
 * several parties appears once per party (Filer, Subject, Reporting…). XML with a DOCTYPE is
 * refused: the feed never has one, and entity tricks are how XML parsers get attacked.
 */
public final class CurrentFeed {
    private static final Pattern TITLE = Pattern.compile("^\\s*(.+?)\\s+-\\s+(.+?)\\s+\\((\\d{1,10})\\)\\s*(?:\\(([^)]*)\\))?\\s*$", Pattern.DOTALL);
    private static final Pattern ACCESSION_ID = Pattern.compile("accession-number=(\\d{10}-\\d{2}-\\d{6})");
    private static final Pattern ACCESSION_ANY = Pattern.compile("(\\d{10}-\\d{2}-\\d{6})");
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One feed entry: one party of one filing. */
    public record Entry(String accession, String form, String company, long cik, String role, String updated) {}

    private CurrentFeed() {}

    public static List<Entry> parse(byte[] xml, String name, Consumer<String> warn) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // no "[Fatal Error]" lines on stderr: the warning says it
            doc = b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            warn.accept(name + ": malformed feed XML skipped: " + e.getMessage());
            return List.of();
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
        List<Entry> out = new ArrayList<>();
        NodeList entries = doc.getElementsByTagNameNS(ATOM, "entry");
        if (entries.getLength() == 0) entries = doc.getElementsByTagName("entry"); // a feed without the namespace
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            String title = text(e, "title");
            String id = text(e, "id");
            String updated = text(e, "updated");
            String term = null;
            Element cat = child(e, "category");
            if (cat != null && !cat.getAttribute("term").isBlank()) term = cat.getAttribute("term").strip();
            Matcher t = title == null ? null : TITLE.matcher(title);
            String accession = accession(id, e);
            if (t == null || !t.matches() || accession == null) {
                warn.accept(name + " entry " + (i + 1) + ": malformed feed entry skipped: \"" + IndexFile.shorten(title == null ? "(no title)" : title) + "\"");
                continue;
            }
            String form = term != null ? term : t.group(1).strip();
            out.add(new Entry(accession, form, t.group(2).strip(), Long.parseLong(t.group(3)), t.group(4), updated));
        }
        return out;
    }

    /** From the entry id, else from the summary ("AccNo: …") or the link. */
    private static String accession(String id, Element e) {
        if (id != null) {
            Matcher m = ACCESSION_ID.matcher(id);
            if (m.find()) return m.group(1);
        }
        for (String s : new String[]{text(e, "summary"), child(e, "link") == null ? null : child(e, "link").getAttribute("href")}) {
            if (s == null) continue;
            Matcher m = ACCESSION_ANY.matcher(s);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static Element child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && local.equals(el.getLocalName() != null ? el.getLocalName() : el.getTagName())) return el;
        }
        return null;
    }

    private static String text(Element parent, String local) {
        Element c = child(parent, local);
        return c == null ? null : c.getTextContent().strip();
    }
}
