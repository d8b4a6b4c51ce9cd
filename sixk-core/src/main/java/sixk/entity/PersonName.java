package sixk.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a person's name is printed in English-language filings: an optional honorific, then two to
 * four capitalized words or initials ("Dr. Gerard Soula", "Stephen H. Willard", "E. Nikolas Tavlarios", "Jean-Pierre
 * Garnier", "Ludwig van Beethoven"). Words that start sentences or name companies are excluded by
 * {@link #NOT_NAMES}.
 */
public final class PersonName {
    public static final String HONORIFIC = "(Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Mme|Mlle|M)\\.?";
    /** An apostrophe inside a name ("O’Brien", "D'Souza"), never a possessive's ("Devanny’s", "Toshiba’s Fab"). */
    private static final String LETTERS = "(?:\\p{Ll}|['’]\\p{Lu}|['’](?![sS](?![\\p{L}])))+";
    static final String WORD = "\\p{Lu}" + LETTERS + "(?:-\\p{Lu}?" + LETTERS + ")?";
    private static final String PARTICLE = "(?:de|van|von|der|den|du|da|di|la|le|dos|del)";
    /** Group 1: honorific (may be absent), group 2: the name. */
    public static final String NAME = "(?:" + HONORIFIC + "\\s)?((?:\\p{Lu}\\.\\s)?" + WORD + "(?:\\s(?:\\p{Lu}\\.|" + PARTICLE + "|" + WORD + ")){0,2}\\s" + WORD + ")";
    /** A surname after an honorific alone ("Mr. Wilson"): group 1 the surname. */
    public static final String SURNAME = "(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s(" + WORD + ")";
    public static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}])" + NAME + "(?![\\p{L}])");

    /** Capitalized words that begin sentences, headings or company names rather than people's names. */
    static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Our", "We", "In", "On", "For", "With", "As", "At", "By",
            "Chief", "Executive", "President", "Chairman", "Vice", "Director", "Officer", "Company", "Group", "Board", "Annual", "General",
            "Financial", "Technologies", "Corporation", "Limited", "Inc", "Bank", "Securities", "Exchange", "Commission", "United", "States",
            "New", "North", "South", "East", "West", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Investor",
            "Relations", "Media", "Press", "Release", "News", "Form", "Report", "Net", "Total", "Revenue", "Revenues", "Sales", "Income",
            "Forward", "Looking", "Statements", "About", "Contact", "Contacts", "Mr", "Ms", "Dr", "Quarter", "First", "Second", "Third",
            "Fourth", "Full", "Year", "Fiscal", "Street", "Road", "Avenue", "Suite", "Tel", "Fax", "Phone", "Email", "Operating", "Senior",
            "Managing", "Head", "Global", "International", "Holdings", "Partners", "Capital", "Management", "Services", "Systems", "Energy",
            "Pharmaceuticals", "Medical", "Health", "Market", "Markets", "Stock", "Nasdaq", "Private", "Act", "Litigation", "Reform",
            "Safe", "Harbor", "Harbour", "Results", "Operations", "Statement", "Dear", "Sir", "Madam", "If", "When", "While", "After",
            "Before", "During", "Under", "Following", "Both", "All", "Each", "Any", "His", "Her", "Their", "It", "Its", "Such", "Certain",
            // Words of organizations' names: "Abbey National", "Compensation Committee", "Nuance Communications".
            "National", "Industries", "Resources", "Communications", "Solutions", "Software", "Mining", "Petroleum", "Insurance",
            "Investments", "Properties", "Therapeutics", "Biosciences", "Semiconductor", "Engineering", "Telecom", "Airlines", "Motors",
            "Networks", "Pharma", "Ventures", "Enterprises", "Trust", "Fund", "Funding", "Committee", "Compensation", "Council", "Ministry",
            "Department", "Agency", "Authority", "University", "Institute", "Foundation", "Association", "Society");

    private PersonName() {}

    /** Whether a matched name is plausibly a person: no word of it is a sentence opener or a company word. */
    public static boolean plausible(String name) {
        for (String w : name.split("[\\s-]+")) {
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (NOT_NAMES.contains(bare)) return false;
        }
        return true;
    }
}
