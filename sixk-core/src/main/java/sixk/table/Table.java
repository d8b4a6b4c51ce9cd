package sixk.table;

import java.util.List;

/** A record table: its name and columns. The first column of every table is the filing id. */
public record Table(String name, List<Column> columns) implements java.io.Serializable {}
