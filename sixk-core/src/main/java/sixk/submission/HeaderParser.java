package sixk.submission;

import sixk.record.Address;
import sixk.record.Filer;
import sixk.record.FormerName;
import sixk.record.Header;
import sixk.record.Warning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * Reads the SEC header in both of its shapes: the "KEY:&lt;tab&gt;value" form of {@code <SEC-HEADER>}
 * and {@code <IMS-HEADER>}, and the {@code <TAG>value} form of the dissemination feed (.nc).
 * Both are turned into (section, key, value) steps with keys folded to one vocabulary, so one
 * state machine fills the {@link Header}.
 */
public final class HeaderParser {
    private final List<Warning> warnings;

    private String accession, submissionType, period, filedAsOf, dateOfChange, acceptance;
    private Integer documentCount;
    private final List<String> items = new ArrayList<>();
    private final List<Filer> filers = new ArrayList<>();
    private final List<String> groupMembers = new ArrayList<>();
    private final Map<String, String> other = new LinkedHashMap<>();
    private CompanyBuilder company;
    private String section = "";

    public HeaderParser(List<Warning> warnings) { this.warnings = warnings; }

    /** Parses header text; {@code acceptanceDatetime} comes from the separate ACCEPTANCE-DATETIME tag when present. */
    public Header parse(String text) {
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("<")) tagLine(line);
            else colonLine(line);
        }
        finishCompany();
        return new Header(accession, submissionType, documentCount, isoDate(period), isoDate(filedAsOf),
                isoDate(dateOfChange), acceptance, List.copyOf(items), List.copyOf(filers), List.copyOf(groupMembers),
                Collections.unmodifiableMap(other));
    }

    private void tagLine(String line) {
        int close = line.indexOf('>');
        if (close < 0) return;
        String tag = line.substring(1, close).strip();
        String value = line.substring(close + 1).strip();
        if (tag.startsWith("/")) {
            String t = fold(tag.substring(1));
            if (isRole(t)) finishCompany();
            else if (t.equals(section)) section = "";
            return;
        }
        String key = fold(tag);
        if (value.isEmpty() && (isRole(key) || isSection(key))) { open(key); return; }
        field(key, value);
    }

    private void colonLine(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) return;
        String key = fold(line.substring(0, colon));
        String value = line.substring(colon + 1).strip();
        if (value.isEmpty() && (isRole(key) || isSection(key))) { open(key); return; }
        field(key, value);
    }

    private void open(String key) {
        if (isRole(key)) {
            finishCompany();
            company = new CompanyBuilder(role(key));
            section = "";
        } else {
            section = key;
            if (section.equals("FORMER COMPANY") && company != null) company.formerNames.add(new String[2]);
        }
    }

    private void field(String key, String value) {
        switch (key) {
            case "ACCESSION NUMBER" -> accession = value;
            case "CONFORMED SUBMISSION TYPE", "TYPE" -> { if (company == null) submissionType = value; }
            case "PUBLIC DOCUMENT COUNT" -> documentCount = parseCount(value);
            case "CONFORMED PERIOD OF REPORT", "PERIOD" -> period = value;
            case "FILED AS OF DATE", "FILING DATE" -> filedAsOf = value;
            case "DATE AS OF CHANGE", "DATE OF FILING DATE CHANGE" -> dateOfChange = value;
            case "ACCEPTANCE DATETIME" -> acceptance = value;
            case "ITEM INFORMATION", "ITEMS" -> {
                String code = ItemCodes.of(value);
                if (code != null && !items.contains(code)) items.add(code);
                else if (code == null && !value.isBlank()) warnings.add(Warning.of("header_item_unknown", "unrecognised ITEM INFORMATION: " + value));
            }
            case "GROUP MEMBERS" -> { if (!value.isEmpty()) groupMembers.add(value); }
            default -> {
                if (company != null) company.field(section, key, value);
                else if (!value.isEmpty() && key.length() < 64 && Character.isLetter(key.charAt(0))) {
                    other.putIfAbsent(key.toLowerCase(Locale.ROOT).replace(' ', '_'), value);
                }
            }
        }
    }

    private Integer parseCount(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            warnings.add(Warning.of("header_bad_count", "PUBLIC DOCUMENT COUNT is not a number: " + value));
            return null;
        }
    }

    private void finishCompany() {
        if (company != null) filers.add(company.build());
        company = null;
        section = "";
    }

    private static boolean isRole(String key) {
        return switch (key) {
            case "FILER", "SUBJECT COMPANY", "FILED BY", "REPORTING OWNER", "ISSUER", "SERIAL COMPANY", "DEPOSITOR", "SECURITIZER" -> true;
            default -> false;
        };
    }

    private static boolean isSection(String key) {
        return switch (key) {
            case "COMPANY DATA", "OWNER DATA", "FILING VALUES", "BUSINESS ADDRESS", "MAIL ADDRESS", "FORMER COMPANY", "FORMER NAME" -> true;
            default -> false;
        };
    }

    private static String role(String key) {
        return key.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** Folds "COMPANY-DATA", "Company Data" and "STREET 1"/"STREET1" to one key. */
    static String fold(String key) {
        String k = key.toUpperCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
        return switch (k) {
            case "STREET1" -> "STREET 1";
            case "STREET2" -> "STREET 2";
            case "FORMER NAME" -> "FORMER COMPANY";
            default -> k;
        };
    }

    /** 20020920 → 2002-09-20; anything else is kept as printed. */
    static String isoDate(String yyyymmdd) {
        if (yyyymmdd == null) return null;
        String s = yyyymmdd.strip();
        if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
            return s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8);
        }
        return s.isEmpty() ? null : s;
    }

    private static final class CompanyBuilder {
        final String role;
        String name, cik, sic, irs, state, fye, formType, act, fileNumber, filmNumber;
        final String[] business = new String[6], mail = new String[6];
        final List<String[]> formerNames = new ArrayList<>();

        CompanyBuilder(String role) { this.role = role; }

        void field(String section, String key, String value) {
            if (value.isEmpty()) return;
            if (section.equals("BUSINESS ADDRESS") || section.equals("MAIL ADDRESS")) {
                String[] a = section.startsWith("BUSINESS") ? business : mail;
                switch (key) {
                    case "STREET 1" -> a[0] = value;
                    case "STREET 2" -> a[1] = value;
                    case "CITY" -> a[2] = value;
                    case "STATE" -> a[3] = value;
                    case "ZIP" -> a[4] = value;
                    case "BUSINESS PHONE", "PHONE" -> a[5] = value;
                    default -> { }
                }
                return;
            }
            if (section.equals("FORMER COMPANY")) {
                if (formerNames.isEmpty()) formerNames.add(new String[2]);
                String[] f = formerNames.get(formerNames.size() - 1);
                switch (key) {
                    case "FORMER CONFORMED NAME" -> f[0] = value;
                    case "DATE OF NAME CHANGE", "DATE CHANGED" -> f[1] = isoDate(value);
                    default -> { }
                }
                return;
            }
            switch (key) {
                case "COMPANY CONFORMED NAME", "CONFORMED NAME" -> name = value;
                case "CENTRAL INDEX KEY", "CIK" -> cik = value;
                case "STANDARD INDUSTRIAL CLASSIFICATION", "ASSIGNED SIC" -> sic = value;
                case "IRS NUMBER" -> irs = value;
                case "STATE OF INCORPORATION" -> state = value;
                case "FISCAL YEAR END" -> fye = value;
                case "FORM TYPE" -> formType = value;
                case "SEC ACT", "ACT" -> act = value;
                case "SEC FILE NUMBER", "FILE NUMBER" -> fileNumber = value;
                case "FILM NUMBER" -> filmNumber = value;
                default -> { }
            }
        }

        Filer build() {
            List<FormerName> former = new ArrayList<>();
            for (String[] f : formerNames) if (f[0] != null) former.add(new FormerName(f[0], f[1]));
            return new Filer(role, name, cik, sic, irs, state, fye, formType, act, fileNumber, filmNumber,
                    address(business), address(mail), List.copyOf(former));
        }

        private static Address address(String[] a) {
            Address addr = new Address(a[0], a[1], a[2], a[3], a[4], a[5]);
            return addr.isEmpty() ? null : addr;
        }
    }
}
