package sixk.cover;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The country table of cover addresses: country names as filings print them (in English or the
 * local language, with the usual abbreviations) mapped to one English name, and the provinces and
 * states that stand for their country when an address leaves it out ("Vancouver, B.C.").
 */
public final class Countries {
    /** Printed name → English name. Keys are folded with {@link #key}. */
    private static final Map<String, String> COUNTRIES = new HashMap<>();
    /** Province or state → country, for addresses that name no country. */
    private static final Map<String, String> REGIONS = new HashMap<>();
    /** Two-letter state codes count only before a ZIP code ("CA 95051"): "IN", "OR" are words too. */
    private static final Map<String, String> US_STATE_CODES = new HashMap<>();

    static {
        String[] english = {
                "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Anguilla", "Antigua and Barbuda", "Argentina",
                "Armenia", "Aruba", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
                "Belarus", "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia", "Bosnia and Herzegovina",
                "Botswana", "Brazil", "British Virgin Islands", "Brunei", "Bulgaria", "Burkina Faso", "Cambodia",
                "Cameroon", "Canada", "Cayman Islands", "Chile", "China", "Colombia", "Costa Rica", "Croatia", "Cuba",
                "Curacao", "Cyprus", "Czech Republic", "Denmark", "Dominican Republic", "Ecuador", "Egypt",
                "El Salvador", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Georgia", "Germany",
                "Ghana", "Gibraltar", "Greece", "Guatemala", "Guernsey", "Guyana", "Honduras", "Hong Kong", "Hungary",
                "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Isle of Man", "Israel", "Italy",
                "Ivory Coast", "Jamaica", "Japan", "Jersey", "Jordan", "Kazakhstan", "Kenya", "Kuwait", "Latvia",
                "Lebanon", "Liberia", "Liechtenstein", "Lithuania", "Luxembourg", "Macau", "Malaysia", "Malta",
                "Marshall Islands", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
                "Mozambique", "Namibia", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Nigeria", "North Macedonia",
                "Norway", "Oman", "Pakistan", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland",
                "Portugal", "Puerto Rico", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia",
                "Singapore", "Slovakia", "Slovenia", "South Africa", "South Korea", "Spain", "Sri Lanka", "Sweden",
                "Switzerland", "Taiwan", "Tanzania", "Thailand", "Trinidad and Tobago", "Tunisia", "Turkey", "Uganda",
                "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan",
                "Venezuela", "Vietnam", "Zambia", "Zimbabwe"};
        for (String c : english) COUNTRIES.put(key(c), c);
        String[][] aliases = {
                {"England", "United Kingdom"}, {"Scotland", "United Kingdom"}, {"Wales", "United Kingdom"},
                {"Northern Ireland", "United Kingdom"}, {"Great Britain", "United Kingdom"}, {"UK", "United Kingdom"},
                {"U.K.", "United Kingdom"}, {"United Kingdom of Great Britain and Northern Ireland", "United Kingdom"},
                {"The Netherlands", "Netherlands"}, {"Holland", "Netherlands"}, {"Nederland", "Netherlands"},
                {"People's Republic of China", "China"}, {"Peoples Republic of China", "China"}, {"PRC", "China"},
                {"P.R.C.", "China"}, {"P.R. China", "China"}, {"PR China", "China"}, {"China (PRC)", "China"},
                {"Republic of China", "Taiwan"}, {"R.O.C.", "Taiwan"}, {"ROC", "Taiwan"}, {"Taiwan, R.O.C.", "Taiwan"},
                {"Taiwan ROC", "Taiwan"}, {"Hong Kong SAR", "Hong Kong"}, {"Hong Kong S.A.R.", "Hong Kong"},
                {"Korea", "South Korea"}, {"Republic of Korea", "South Korea"}, {"Korea, Republic of", "South Korea"},
                {"Deutschland", "Germany"}, {"Federal Republic of Germany", "Germany"},
                {"Schweiz", "Switzerland"}, {"Suisse", "Switzerland"}, {"Svizzera", "Switzerland"},
                {"Italia", "Italy"}, {"Espana", "Spain"}, {"Mexico", "Mexico"}, {"Brasil", "Brazil"},
                {"Republic of Ireland", "Ireland"}, {"Eire", "Ireland"}, {"Belgique", "Belgium"}, {"Belgie", "Belgium"},
                {"Osterreich", "Austria"}, {"Sverige", "Sweden"}, {"Norge", "Norway"}, {"Danmark", "Denmark"},
                {"Suomi", "Finland"}, {"Hellas", "Greece"}, {"Russian Federation", "Russia"},
                {"Grand Duchy of Luxembourg", "Luxembourg"}, {"Cote d'Ivoire", "Ivory Coast"}, {"Turkiye", "Turkey"},
                {"Viet Nam", "Vietnam"}, {"BVI", "British Virgin Islands"}, {"B.V.I.", "British Virgin Islands"},
                {"Virgin Islands (British)", "British Virgin Islands"}, {"UAE", "United Arab Emirates"},
                {"U.A.E.", "United Arab Emirates"}, {"USA", "United States"}, {"U.S.A.", "United States"},
                {"U.S.", "United States"}, {"United States of America", "United States"}, {"Macao", "Macau"},
                {"Czechia", "Czech Republic"}, {"Republic of South Africa", "South Africa"}, {"Republic of Singapore", "Singapore"}};
        for (String[] a : aliases) COUNTRIES.put(key(a[0]), a[1]);

        String[] canada = {"Alberta", "AB", "Alta.", "British Columbia", "B.C.", "BC", "Manitoba", "MB", "Man.",
                "New Brunswick", "NB", "N.B.", "Newfoundland", "Newfoundland and Labrador", "NL", "Nova Scotia", "NS", "N.S.",
                "Ontario", "ON", "Ont.", "Prince Edward Island", "PEI", "P.E.I.", "Quebec", "QC", "Que.", "P.Q.", "PQ",
                "Saskatchewan", "SK", "Sask.", "Yukon", "Northwest Territories", "Nunavut"};
        for (String r : canada) REGIONS.put(key(r), "Canada");
        String[] states = {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
                "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
                "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
                "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
                "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
                "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
                "West Virginia", "Wisconsin", "Wyoming"};
        for (String r : states) REGIONS.put(key(r), "United States");
        String[] codes = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
                "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
                "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"};
        for (String c : codes) US_STATE_CODES.put(c, "United States");
    }

    private Countries() {}

    /** The English name of a printed country name ("England" → "United Kingdom"), or null. */
    public static String country(String printed) {
        if (printed == null) return null;
        return COUNTRIES.get(key(printed));
    }

    /** The country of a printed province or state ("B.C." → "Canada"), or null. */
    public static String regionCountry(String printed) {
        if (printed == null) return null;
        return REGIONS.get(key(printed));
    }

    /** The country of a two-letter US state code, which only counts when a ZIP code follows it. */
    static String stateCodeCountry(String code) { return US_STATE_CODES.get(code); }

    /** Whether {@code printed} names a province or state (not a city). */
    public static boolean isRegion(String printed) { return regionCountry(printed) != null; }

    /** Case, accents, apostrophes, periods and white space folded: "P.R.C." and "PRC", "B.C." and "BC" are one key. */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '\u2019' || c == '\'' || c == '`') continue;
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) { b.append(' '); space = false; }
            b.append(Character.toLowerCase(c));
        }
        String k = b.toString().toLowerCase(Locale.ROOT);
        // "The Netherlands" and "Netherlands", "P.R.C." and "PRC" are one key.
        if (k.startsWith("the ")) k = k.substring(4);
        return k.replace(".", "").replace(" ,", ",").strip();
    }
}
