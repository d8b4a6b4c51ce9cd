package sixk.event;

import java.util.Locale;

/** The event types of docs/EVENTS.md, each with the 8-K item it corresponds to. */
public enum EventType {
    RESULTS_OF_OPERATIONS("2.02"),
    GUIDANCE("2.02"),
    MATERIAL_AGREEMENT("1.01"),
    AGREEMENT_TERMINATION("1.02"),
    MILESTONE_PAYMENT("8.01"),
    ACQUISITION_DISPOSITION("2.01"),
    FINANCING("2.03"),
    CASH_POSITION("8.01"),
    DIVIDEND("8.01"),
    SHARE_BUYBACK("8.01"),
    STOCK_SPLIT("5.03"),
    MANAGEMENT_CHANGE("5.02"),
    SHAREHOLDER_MEETING("5.07"),
    GOVERNING_DOCUMENTS("5.03"),
    LISTING("3.01"),
    AUDITOR_CHANGE("4.01"),
    RESTATEMENT("4.02"),
    REGULATORY("8.01"),
    CLINICAL_TRIAL("8.01"),
    PRODUCT("8.01"),
    LITIGATION("8.01"),
    INVESTOR_PRESENTATION("7.01"),
    CYBERSECURITY_INCIDENT("1.05"),
    BANKRUPTCY("1.03"),
    OTHER("8.01");

    /**
     * The 8-K item this type is scored as. Guidance is listed under 7.01 / 2.02 in EVENTS.md; 8-Ks
     * print it inside their results releases, so it is scored as 2.02.
     */
    public final String item;

    EventType(String item) { this.item = item; }

    /** The name used in records: "milestone_payment". */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static EventType of(String id) { return valueOf(id.toUpperCase(Locale.ROOT)); }
}
