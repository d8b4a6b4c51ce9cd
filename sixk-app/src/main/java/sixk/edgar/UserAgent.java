package sixk.edgar;

import java.util.regex.Pattern;

/**
 * The User-Agent EDGAR requires: who is asking, with a contact e-mail. The SEC's fair-access
 * policy blocks automated clients that do not declare themselves, so sixk refuses to start
 * without one rather than be blocked half-way through a download.
 */
public final class UserAgent {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()]+@[^\\s@<>()]+\\.[A-Za-z]{2,}");
    public static final String ENV = "SIXK_USER_AGENT";

    private UserAgent() {}

    /** The option's value, else the environment's; a one-line explanation when neither names an e-mail. */
    public static String require(String option, String environment) {
        String ua = option != null && !option.isBlank() ? option.strip() : environment == null ? null : environment.strip();
        if (ua == null || ua.isEmpty()) {
            throw new IllegalArgumentException("EDGAR requires a User-Agent naming you and a contact e-mail (the SEC blocks"
                    + " undeclared automated clients): set " + ENV + "=\"Jane Doe jane@example.com\" or pass --user-agent");
        }
        if (!EMAIL.matcher(ua).find()) {
            throw new IllegalArgumentException("the User-Agent \"" + ua + "\" has no contact e-mail; the SEC asks automated clients"
                    + " to declare who they are, e.g. " + ENV + "=\"Jane Doe jane@example.com\"");
        }
        if (ua.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("the User-Agent must be printable ASCII");
        }
        return ua;
    }
}
