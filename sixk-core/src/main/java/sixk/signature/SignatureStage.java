package sixk.signature;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;
import sixk.record.Signature;

import java.util.List;

/**
 * Reads the SIGNATURES block of the report: in the main document, else in the first other
 * document that has one (some filers put the signature page in its own document). Signature
 * blocks of exhibits (an agreement's signature page) are not the report's and are not read.
 */
public final class SignatureStage implements Stage {
    @Override public String name() { return "signatures"; }

    @Override public void apply(Filing filing) {
        int main = filing.mainDocument();
        if (main >= 0 && filing.isProse(main)) {
            List<Signature> found = SignatureBlock.read(filing.text(main), main);
            if (!found.isEmpty()) {
                filing.signatures.addAll(found);
                return;
            }
        }
        for (int i = 0; i < filing.documentCount(); i++) {
            if (i == main || !filing.isProse(i)) continue;
            List<Signature> found = SignatureBlock.read(filing.text(i), i);
            if (!found.isEmpty()) {
                filing.signatures.addAll(found);
                return;
            }
        }
    }
}
