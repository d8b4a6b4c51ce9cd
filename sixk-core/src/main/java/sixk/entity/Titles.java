package sixk.entity;

import java.util.regex.Pattern;

/** Officer and director titles as printed after a name: "President and Chief Executive Officer", "CFO", "Chairman of the Board". */
public final class Titles {
    private static final String ROLE = "(?:(?:Senior |Executive |Group |Deputy |Acting |Interim |Joint |Co-|Vice[- ])*"
            + "(?:Chief [A-Z][a-z]+ Officer|C[EFOT]O|President|Chairman|Chairwoman|Chair|Vice[- ]President|Director|Secretary|Treasurer"
            + "|General Counsel|Managing Director|Partner|Head of [A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)?|Founder|Controller|Member of the Board"
            + "|Chief Executive|Chief Financial Officer|Vorsitzender|Executive Vice President|Senior Vice President|Analyst))";
    /** A title: roles joined by "and" or commas, lower or title case, optionally "of COMPANY". */
    public static final String TITLE = "((?<![\\p{L}])(?i:" + ROLE + ")(?![\\p{L}])(?:(?:,\\s|\\sand\\s|\\s&\\s)(?i:" + ROLE + ")(?![\\p{L}])){0,3}"
            + "(?:\\s(?:of|at)\\s(?:the\\s)?[A-Z][\\p{L}&.'-]*(?:\\s[A-Z][\\p{L}&.'-]*){0,3})?)";
    public static final Pattern PATTERN = Pattern.compile(TITLE);

    private Titles() {}
}
