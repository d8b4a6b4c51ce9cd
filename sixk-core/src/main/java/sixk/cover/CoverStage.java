package sixk.cover;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;
import sixk.record.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cover page of the main document into {@code filing.cover}; sets {@code filing.form}
 * from the printed form title when the header gave none. When a 6-K's 20-F/40-F boxes carry no
 * legible mark, the form is inferred from the filing's text and a warning says so.
 */
public final class CoverStage implements Stage {
    @Override public String name() { return "cover"; }

    @Override public void apply(Filing filing) {
        int main = filing.mainDocument();
        if (main < 0 || !filing.isProse(main) || filing.text(main).isEmpty()) return;
        CoverPage.Reading r = CoverPage.read(filing.text(main), filing.form);
        if (filing.form == null && r.form() != null) filing.form = r.form();
        String annual = r.annualReportForm();
        if (annual == null && filing.formIs("6-K")) {
            List<String> texts = new ArrayList<>(filing.documentCount());
            for (int i = 0; i < filing.documentCount(); i++) texts.add(filing.isProse(i) ? filing.text(i) : "");
            AnnualReportForm.Inferred inferred = AnnualReportForm.infer(texts, main, r.annualQuestionStart(), r.annualQuestionEnd());
            if (inferred != null) {
                annual = inferred.form();
                String why = r.annualQuestionPrinted()
                        ? "no legible mark in the cover's Form 20-F / Form 40-F boxes"
                        : "the cover has no Form 20-F / Form 40-F question";
                filing.warnings.add(new Warning("annual_report_form_inferred",
                        why + "; " + annual + " inferred from the text, which names Form " + annual + " and not the other form",
                        inferred.document(), inferred.span()));
            } else if (r.annualQuestionPrinted()) {
                filing.warnings.add(Warning.at("annual_report_form_unknown",
                        "no legible mark in the cover's Form 20-F / Form 40-F boxes, and the text does not say which form the registrant files", main));
            }
        }
        filing.cover = r.toCover(annual);
        if (r.registrantName() == null && r.nameCaptionPrinted()) {
            // The caption is printed with no name as text beside it: the name was most likely an image (a logo).
            var filer = filing.header() == null ? null : filing.header().primaryFiler();
            String header = filer == null || filer.name() == null ? "" : "; the SEC header names the filer " + filer.name();
            filing.warnings.add(Warning.at("registrant_name_not_printed",
                    "the cover prints the registrant-name caption but no name as text beside it (an image, most likely)" + header, main));
        }
    }
}
