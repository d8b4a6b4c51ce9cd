package sixk.entity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sum of money as printed: value in units (4 million → 4000000), ISO currency, and the
 * qualifier the text puts before it ("more than", "up to", "about"). A range ("$10–12 million")
 * keeps its low end in {@code value} and its high end in {@code high}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoneyAmount(Number value, String currency, String qualifier, Number high) {
    public double asDouble() { return value.doubleValue(); }
}
