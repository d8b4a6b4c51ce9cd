package sixk.record;

/** A press or investor contact. */
public record Contact(String name, String phone, String email) {}
