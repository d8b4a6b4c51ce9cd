package sixk.cover;

import sixk.record.PrincipalOffice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the city and country of the "Address of principal executive offices" block of a cover.
 * The country is the last part of the address that names one ("England" → "United Kingdom"),
 * or is implied by a province or state ("Vancouver, B.C." → Canada). The city is the first part
 * of that line (or, when the line holds only the country, of the line above) that is not a
 * street, a postal code, a district or a region: "Piraeus, Athens 185 38 / Greece" gives
 * Piraeus; "Haidian District, Beijing 100081 / People's Republic of China" gives Beijing.
 */
public final class PrincipalOfficeAddress {
    /** Postal codes with a shape of their own: NW1 3AN, V6B 1N2, 1082 PP, CH-8050, 185 38, cedex. */
    private static final String SHAPED_POSTAL =
            "\\b(?:[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}"                    // UK: NW1 3AN
                    + "|[A-Z]\\d[A-Z]\\s*\\d[A-Z]\\d"                          // Canada: V6B 1N2
                    + "|\\d{4}\\s?[A-Z]{2}(?![A-Za-z])"                        // Netherlands: 1082 PP
                    + "|[A-Z]{1,3}-\\d{3,6}"                                   // CH-8050, D-52072
                    + "|\\d{3}\\s\\d{2}(?!\\d))\\b"                             // Greece, Sweden: 185 38
                    + "|\\b(?i:cedex)(?:\\s+\\d{1,2})?\\b";
    private static final Pattern SHAPED = Pattern.compile(SHAPED_POSTAL);
    /** Any postal code: the shaped ones and plain numbers (75008, 95110-2704, 100-0005). */
    private static final Pattern POSTAL = Pattern.compile(SHAPED_POSTAL + "|\\b\\d{3,6}(?:-\\d{3,4})?\\b");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    /** "CA 95051": a two-letter state code before a ZIP code. */
    /** A state's name before a ZIP code: "Georgia 30339-4024". */
    private static final Pattern STATE_NAME_ZIP = Pattern.compile("\\s\\d{5}(?:-\\d{4})?$");
    private static final Pattern STATE_ZIP = Pattern.compile("\\b([A-Z]{2})\\s+\\d{5}(?:-\\d{4})?\\b");
    private static final Pattern PHONE = Pattern.compile("^(?:tel|phone|telephone|fax)?[:.\\s]*[+(]?[\\d][\\d()\\s.\\-/+]{6,}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_SPLIT = Pattern.compile("\\s*(?:,|;|\\t|\\s[\u2014\u2022\u2219\u00B7|]\\s|(?<=[^\\d\\s])\\s[\u2013-]\\s)\\s*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern CELL_BEFORE_ZIP = Pattern.compile("\\t(?=\\d{5}(?:-\\d{4})?$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019.&-]*");
    private static final Pattern STREET_SUFFIX = Pattern.compile(
            "(?:strasse|straße|str\\.|weg|laan|gracht|plein|dreef|vej|gatan|gade|allee|platz|ring)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> STREET_WORDS = Set.of(
            "street", "st", "road", "rd", "avenue", "ave", "av", "boulevard", "blvd", "parkway", "pkwy", "square", "sq",
            "building", "bldg", "floor", "fl", "suite", "ste", "unit", "box", "house", "tower", "towers", "centre",
            "center", "plaza", "court", "ct", "lane", "ln", "drive", "dr", "way", "place", "pl", "rue", "via", "viale",
            "piazza", "calle", "rua", "chemin", "quai", "route", "level", "room", "no", "postfach", "apartado",
            "highway", "hwy", "expressway", "freeway", "turnpike", "pike", "circle", "loop", "trail", "row", "walk", "terrace", "crescent", "close", "wharf", "quay", "mall", "estate", "campus",
            "p.o", "po", "bp", "cp", "c.p", "b.p", "casilla", "edificio", "piso", "andar", "sector", "block", "wing");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,5}[a-zA-Z]?\\s+(\\D+)$");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final int MAX_CITY_CHARS = 40;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[a-zA-Z]?\\b");
    /** Where the country is the city. */
    private static final Set<String> CITY_STATES = Set.of("Singapore", "Hong Kong", "Monaco", "Luxembourg", "Macau", "Gibraltar");
    private static final Set<String> DISTRICT_WORDS = Set.of("district", "zone", "county", "ward", "prefecture", "township",
            "borough", "arrondissement", "municipality", "area", "new area", "hi-tech", "development");

    private PrincipalOfficeAddress() {}

    /** The office read from the address lines as printed (top to bottom); null when there are none. */
    public static PrincipalOffice read(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String l : lines) {
            // "King of Prussia, PA⇥19406": a ZIP code in a column of its own still belongs to its state.
            String t = CELL_BEFORE_ZIP.matcher(l.strip()).replaceAll(" ");
            if (!t.isEmpty() && !isRule(t)) kept.add(t);
        }
        if (kept.isEmpty()) return null;
        String text = join(kept);
        List<List<String>> parts = new ArrayList<>();
        for (String l : kept) parts.add(split(l));

        // The country: the last part (from the bottom) naming one or implying one by its region.
        String country = null;
        int countryLine = -1, countryPart = -1;
        String remainder = null;
        boolean anchorIsRegion = false;
        search:
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (PHONE.matcher(kept.get(i)).matches()) continue;
            List<String> ps = parts.get(i);
            for (int j = ps.size() - 1; j >= 0; j--) {
                String p = ps.get(j);
                CountryInPart c = countryIn(p);
                if (c != null) {
                    country = c.country;
                    anchorIsRegion = c.region;
                    countryLine = i;
                    countryPart = j;
                    remainder = c.rest;
                    break search;
                }
            }
        }
        String city = null;
        if (countryLine >= 0) {
            List<String> candidates = new ArrayList<>(parts.get(countryLine).subList(0, countryPart));
            if (remainder != null && !remainder.isBlank()) candidates.add(remainder);
            city = city(candidates, anchorIsRegion);
            if (city == null && !candidates.isEmpty()) city = afterStreet(candidates.get(candidates.size() - 1));
            for (int i = countryLine - 1; city == null && i >= 0 && i >= countryLine - 3; i--) {
                if (PHONE.matcher(kept.get(i)).matches()) continue;
                city = city(parts.get(i), false);
                if (city == null && i == countryLine - 1 && !parts.get(i).isEmpty()) city = afterStreet(parts.get(i).get(parts.get(i).size() - 1));
            }
            if (city == null && CITY_STATES.contains(country)) city = country;
        } else {
            for (int i = kept.size() - 1; city == null && i >= 0 && i >= kept.size() - 2; i--) {
                if (PHONE.matcher(kept.get(i)).matches()) continue;
                city = city(parts.get(i), false);
            }
        }
        return new PrincipalOffice(text, city, country);
    }

    /** The country a part names, what else the part says, and whether a province or state (not a country) named it. */
    private record CountryInPart(String country, String rest, boolean region) {
        CountryInPart(String country, String rest) { this(country, rest, false); }
    }

    /**
     * The country a part names, alone ("The Netherlands"), at its end ("69693 Vénissieux cedex France")
     * or start ("Canada T2P 4H2"), or through a region ("B.C. V6B 1N2", "California 95110").
     */
    private static CountryInPart countryIn(String part) {
        String bare = stripPostal(part);
        if (bare.isEmpty()) return null;
        // "Atlanta, Georgia 30339": a state before a ZIP code is a state, even when a country has its name.
        Matcher stateZip = STATE_NAME_ZIP.matcher(part);
        if (stateZip.find()) {
            // The state is the last one to three words before the ZIP code: "Cupertino California 95014".
            String before = part.substring(0, stateZip.start()).strip();
            List<int[]> ws = new ArrayList<>();
            Matcher w = WORD.matcher(before);
            while (w.find()) ws.add(new int[]{w.start(), w.end()});
            for (int k = Math.min(3, ws.size()); k >= 1; k--) {
                int from = ws.get(ws.size() - k)[0];
                if ("United States".equals(Countries.regionCountry(before.substring(from)))) {
                    return new CountryInPart("United States", before.substring(0, from).strip(), true);
                }
            }
        }
        String c = Countries.country(bare);
        if (c != null) return new CountryInPart(c, null);
        c = Countries.regionCountry(bare);
        if (c != null) return new CountryInPart(c, null, true);
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(bare);
        while (m.find()) words.add(new int[]{m.start(), m.end()});
        int n = words.size();
        for (int k = Math.min(n - 1, 6); k >= 1; k--) {
            String tail = bare.substring(words.get(n - k)[0]);
            String tc = Countries.country(tail);
            boolean region = false;
            if (tc == null) {
                tc = Countries.regionCountry(tail);
                region = tc != null;
            }
            if (tc != null) return new CountryInPart(tc, bare.substring(0, words.get(n - k)[0]).strip(), region);
            String head = bare.substring(0, words.get(k - 1)[1]);
            String hc = Countries.country(head);
            if (hc != null) return new CountryInPart(hc, bare.substring(words.get(k - 1)[1]).strip());
        }
        // "CA 95051": a two-letter state code counts only before a ZIP code.
        Matcher zip = STATE_ZIP.matcher(part);
        if (zip.find() && Countries.stateCodeCountry(zip.group(1)) != null) {
            return new CountryInPart("United States", part.substring(0, zip.start()).strip(), true);
        }
        return null;
    }

    /**
     * The first part that can be a city: not a street, postal code, district, country or region. When the
     * address named its state rather than a country, a city may have the state's name ("New York, New York").
     */
    private static String city(List<String> candidates, boolean anchorIsRegion) {
        String region = null;
        int regions = 0;
        for (String p : candidates) {
            String bare = trimPunctuation(stripPostal(p));
            if (bare.isEmpty() || DIGIT.matcher(bare).find() || isStreet(bare) || isDistrict(bare) || isNumberedStreet(p)) continue;
            if (bare.length() > MAX_CITY_CHARS) continue;
            if (Countries.country(bare) != null) continue;
            if (Countries.isRegion(bare)) {
                if (region == null) region = bare;
                regions++;
                continue;
            }
            return bare;
        }
        // "New York, New York": the city has the name of its state.
        return regions >= 2 || anchorIsRegion && regions == 1 ? region : null;
    }

    /** "500 South Buena Vista Street Burbank": the words after a street's last street word, when they can be a city. */
    private static String afterStreet(String part) {
        String bare = trimPunctuation(stripPostal(part));
        Matcher m = WORD.matcher(bare);
        int cut = -1;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
            if (STREET_WORDS.contains(w) || STREET_SUFFIX.matcher(m.group()).find()) cut = m.end();
        }
        if (cut < 0) return null;
        String tail = bare.substring(cut).strip();
        Matcher d = LEADING_NUMBER.matcher(tail);
        if (d.lookingAt()) tail = tail.substring(d.end()).strip();
        if (tail.isEmpty() || DIGIT.matcher(tail).find() || tail.length() > MAX_CITY_CHARS) return null;
        String[] words = WORDS.split(tail);
        if (words.length > 3) return null;
        for (String w : words) if (!Character.isUpperCase(w.charAt(0))) return null;
        return trimPunctuation(tail);
    }

    /** "2788 San Tomas Expressway": a number and two words or more is a street; "6331 Hünenberg" is a postal code and a city. */
    private static boolean isNumberedStreet(String part) {
        Matcher m = NUMBERED.matcher(SPACES.matcher(SHAPED.matcher(part).replaceAll(" ")).replaceAll(" ").strip());
        return m.matches() && WORDS.split(m.group(1).strip()).length >= 2;
    }

    /** A telephone number line ("(479) 290-4000", "41-41-785-8888"). */
    static boolean isPhone(String line) { return PHONE.matcher(line).matches(); }

    static boolean isStreet(String part) {
        Matcher m = WORD.matcher(part);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
            if (STREET_WORDS.contains(w) || STREET_SUFFIX.matcher(m.group()).find()) return true;
        }
        return false;
    }

    private static boolean isDistrict(String part) {
        String l = part.toLowerCase(Locale.ROOT);
        if (l.endsWith("-ku") || l.endsWith("-gu") || l.endsWith("-shi")) return true;
        Matcher m = WORD.matcher(l);
        while (m.find()) if (DISTRICT_WORDS.contains(m.group())) return true;
        return false;
    }

    static String stripPostal(String s) {
        return SPACES.matcher(POSTAL.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }

    private static String trimPunctuation(String s) {
        int a = 0, b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '.') b--;
        return s.substring(a, b);
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        for (String p : PART_SPLIT.split(line)) {
            String t = p.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** The address as one line: lines and table cells ("Fremont, CA⇥94538") joined by ", " (a space alone after a comma). */
    static String join(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            for (String cell : l.split("\t")) {
                String c = cell.strip();
                if (c.isEmpty()) continue;
                if (b.length() > 0) b.append(b.charAt(b.length() - 1) == ',' ? " " : ", ");
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A line of underscores, dashes or box-drawing rules that a cover prints under a value. */
    public static boolean isRule(String t) {
        int marks = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_' || c == '-' || c == '\u2014' || c == '\u2013' || c == '\u2500' || c == '=' || c == '*') marks++;
            else if (!Lines.isBlank(c)) return false;
        }
        return marks >= 3;
    }
}
