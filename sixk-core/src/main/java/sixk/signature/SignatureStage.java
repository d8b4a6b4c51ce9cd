package sixk.signature;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;

/** Reads the SIGNATURES block of the report. */
public final class SignatureStage implements Stage {
    @Override public String name() { return "signatures"; }

    @Override public void apply(Filing filing) { }
}
