package sixk.record;

/** The "Address of principal executive offices" as printed, and the city and country read from it. */
public record PrincipalOffice(String text, String city, String country) {}
