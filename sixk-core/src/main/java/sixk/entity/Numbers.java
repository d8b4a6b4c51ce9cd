package sixk.entity;

/**
 * Reads printed numbers in both conventions: "1,234.56" and "1.234,56", "12,5" (a decimal comma
 * before one or two digits), "4.000.000". A single group of three digits after a point ("1.234")
 * is read as a decimal, the English habit of the filings this tool reads most.
 */
public final class Numbers {
    private Numbers() {}

    /** The value of {@code s} (digits, '.' and ',' only), or NaN when it is not a number. */
    public static double parse(CharSequence s) {
        int lastDot = -1, lastComma = -1, dots = 0, commas = 0, n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') { lastDot = i; dots++; }
            else if (c == ',') { lastComma = i; commas++; }
            else if (c < '0' || c > '9') return Double.NaN;
        }
        if (n == 0) return Double.NaN;
        char decimal;
        if (dots > 0 && commas > 0) decimal = lastDot > lastComma ? '.' : ',';
        else if (commas > 0) decimal = commas == 1 && n - lastComma - 1 != 3 ? ',' : 0;
        else if (dots > 0) decimal = dots == 1 ? '.' : 0;
        else decimal = 0;
        double whole = 0, frac = 0, scale = 1;
        boolean afterDecimal = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == decimal) { afterDecimal = true; continue; }
            if (c == '.' || c == ',') continue;
            int d = c - '0';
            if (afterDecimal) { scale /= 10; frac += d * scale; }
            else whole = whole * 10 + d;
        }
        return whole + frac;
    }

    /** A double as a JSON-friendly number: a long when it is whole. */
    public static Number tidy(double v) {
        // 3.687 × 10⁹ is 3687000000.0000005 in binary: an error of the last bits is no fraction of a cent.
        double whole = Math.rint(v);
        if (Math.abs(v - whole) <= Math.abs(v) * 1e-12 && Math.abs(whole) < 1e15) return (long) whole;
        return Math.round(v * 1e6) / 1e6;
    }
}
