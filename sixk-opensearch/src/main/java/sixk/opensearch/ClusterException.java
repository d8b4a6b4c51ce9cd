package sixk.opensearch;

import java.io.IOException;

/** The cluster could not be reached or refused a request: a one-line message for the user. */
public final class ClusterException extends IOException {
    private final int status;
    private final String reason;

    public ClusterException(String message, Throwable cause) { this(message, cause, -1, null); }

    public ClusterException(String message, Throwable cause, int status, String reason) {
        super(message, cause);
        this.status = status;
        this.reason = reason;
    }

    /** The HTTP status the cluster answered, or -1 when it could not be reached. */
    public int status() { return status; }

    /** The cluster's own explanation (its error's reason), when it gave one. */
    public String reason() { return reason == null ? getMessage() : reason; }
}
