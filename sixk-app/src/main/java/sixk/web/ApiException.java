package sixk.web;

/** A request the API refuses, with the HTTP status and a one-line message for the JSON error body. */
public class ApiException extends RuntimeException {
    public final int status;
    public final String error;

    public ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String message) { return new ApiException(400, "bad_request", message); }

    public static ApiException notFound(String message) { return new ApiException(404, "not_found", message); }
}
