package sixk.edgar;

import java.io.IOException;

/** A failure that another attempt would not cure (a refusal, a file over the size limit): never retried. */
public final class EdgarException extends IOException {
    public EdgarException(String message) { super(message); }
}
