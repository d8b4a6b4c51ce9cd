package sixk.entity;

import sixk.record.Entity;
import sixk.record.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organizations by their legal form: "Flamel Technologies S.A.", "Corning Inc.", "CF Industries
 * Holdings, Inc.", "Biomass Electricity Co., Ltd.", "Deutsche Bank AG". A name without a legal form
 * is found where an event names its counterparty ({@link Counterparty}).
 */
public final class OrganizationFinder {
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\d&'’.-]*|&|de|du|des|of|and|la|le|van|der|für|\\d{1,4})";
    static final String LEGAL = "(?:Inc\\.?|Incorporated|Corp\\.?|Corporation|Co\\.,?\\sLtd\\.?|Co\\.|Company|Ltd\\.?|Limited|LLC|L\\.L\\.C\\.|L\\.P\\.|LP|plc|PLC|P\\.L\\.C\\."
            + "|S\\.A\\.|SA|S\\.p\\.A\\.|SpA|AG|N\\.V\\.|NV|B\\.V\\.|BV|GmbH|SE|S\\.A\\.S\\.|SAS|A/S|ASA|AB|Oyj|K\\.K\\.|KK|Pty\\.?\\sLtd\\.?|Bhd\\.?"
            + "|Holdings|Group|Bank|Trust|Fund|Partners)";
    private static final Pattern ORG = Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s" + WORD + "){0,6}?),?\\s" + LEGAL + "(?![\\p{L}])");

    private OrganizationFinder() {}

    public static void find(String text, int doc, List<Entity> out) {
        Matcher m = ORG.matcher(text);
        while (m.find()) {
            String first = m.group(1).split("\\s", 2)[0];
            if (PersonName.NOT_NAMES.contains(first) && !first.equals("United") && !first.equals("New")) continue;
            String name = m.group().strip();
            out.add(new Entity("organization", name, name, doc, new Span(m.start(), m.end())));
        }
    }
}
