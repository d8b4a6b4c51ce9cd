package sixk.table;

/** One column of a record table: its name and SQL type (DuckDB and Parquet spell them alike). */
public record Column(String name, String type) implements java.io.Serializable {
    public static Column text(String name) { return new Column(name, "VARCHAR"); }

    public static Column integer(String name) { return new Column(name, "INTEGER"); }

    public static Column bigint(String name) { return new Column(name, "BIGINT"); }

    public static Column real(String name) { return new Column(name, "DOUBLE"); }

    public static Column bool(String name) { return new Column(name, "BOOLEAN"); }

    public static Column date(String name) { return new Column(name, "DATE"); }
}
