package sixk.signature;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;

/** Finds receipt and processing stamps of paper-era filings in every readable document. */
public final class StampStage implements Stage {
    @Override public String name() { return "stamps"; }

    @Override public void apply(Filing filing) {
        for (int i = 0; i < filing.documentCount(); i++) {
            if (filing.isProse(i)) filing.stamps.addAll(ProcessingStamp.find(filing.text(i), i));
        }
    }
}
