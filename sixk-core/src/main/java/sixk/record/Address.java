package sixk.record;

/** A business or mail address from the SEC header. */
public record Address(String street1, String street2, String city, String state, String zip, String phone) {
    public boolean isEmpty() {
        return street1 == null && street2 == null && city == null && state == null && zip == null && phone == null;
    }
}
