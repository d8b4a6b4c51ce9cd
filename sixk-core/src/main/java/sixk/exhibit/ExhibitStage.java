package sixk.exhibit;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;
import sixk.record.DocumentInfo;

import java.util.Locale;

/**
 * Gives each exhibit its title, read from the top of its text; first, a paper filing read as one
 * text is split at its "Exhibit N" headings (see {@link PrintedExhibits}).
 */
public final class ExhibitStage implements Stage {
    @Override public String name() { return "exhibits"; }

    @Override public void apply(Filing filing) {
        PrintedExhibits.split(filing);
        int main = filing.mainDocument();
        String issuer = filing.cover != null ? filing.cover.registrantName() : null;
        for (int i = 0; i < filing.documentCount(); i++) {
            if (i == main || !filing.isProse(i)) continue;
            DocumentInfo d = filing.document(i);
            if (d.title() != null || isAttachment(d.type())) continue;
            String title = ExhibitTitle.of(filing.text(i), issuer);
            if (title != null) {
                filing.document(i, new DocumentInfo(d.sequence(), d.type(), d.filename(), d.description(), d.format(),
                        d.exhibitNumber(), title, d.chars()));
            }
        }
    }

    /** Graphics, archives and XBRL data are attachments, not exhibits with a title. */
    private static boolean isAttachment(String type) {
        if (type == null) return false;
        String t = type.toUpperCase(Locale.ROOT);
        return t.equals("GRAPHIC") || t.equals("ZIP") || t.equals("XML") || t.startsWith("EX-101") || t.equals("JSON")
                || t.equals("EXCEL") || t.equals("PDF");
    }
}
