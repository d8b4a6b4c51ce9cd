package sixk.signature;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;

/** Finds receipt and processing stamps of paper-era filings. */
public final class StampStage implements Stage {
    @Override public String name() { return "stamps"; }

    @Override public void apply(Filing filing) { }
}
