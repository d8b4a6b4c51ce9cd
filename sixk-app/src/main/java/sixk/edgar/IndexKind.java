package sixk.edgar;

import java.util.Locale;

/** The three EDGAR index files: the same rows sorted by form type, by company name, or pipe-separated by CIK. */
public enum IndexKind {
    FORM, COMPANY, MASTER;

    public String file() { return name().toLowerCase(Locale.ROOT); }
}
