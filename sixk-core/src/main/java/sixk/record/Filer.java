package sixk.record;

import java.util.List;

/**
 * One company block of the SEC header. {@code role} says which block it came from:
 * filer, subject_company, filed_by, reporting_owner, issuer.
 */
public record Filer(String role, String name, String cik, String sic, String irsNumber,
                    String stateOfIncorporation, String fiscalYearEnd, String formType, String act,
                    String fileNumber, String filmNumber, Address businessAddress, Address mailAddress,
                    List<FormerName> formerNames) {}
