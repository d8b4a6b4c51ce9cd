package sixk.store;

import com.fasterxml.jackson.databind.JsonNode;
import sixk.record.FilingRecord;
import sixk.record.Json;
import sixk.table.Column;
import sixk.table.IndexedFiling;
import sixk.table.RecordTables;
import sixk.table.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The embedded store below a data directory: DuckDB tables of {@link RecordTables} in
 * {@code sixk.duckdb}, beside them the original bytes of every filing (zstd, table
 * {@code originals}). A filing is written in one transaction (its old rows deleted, its new rows,
 * its original and its source inserted), so a reader never sees half of one and a crash leaves
 * either the old filing or the new. Stores written before the originals moved into the database
 * keep them as files under {@code originals/}, which are still read.
 */
public final class FilingStore implements RecordSink {
    public static final String DATABASE = "sixk.duckdb";
    /** The table of the original bytes of every filing, outside the record's tables (not exported). */
    public static final String ORIGINALS = "originals";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9-]{1,80}");

    private final Path dir;
    private final Connection db;
    private final boolean readOnly;
    /** The ids held, so that a new filing's write needs no deletes. Loaded on first write. */
    private Set<String> known;
    /** The SHA-256 of the inputs noted, so that a new input's note needs no delete. Loaded on first write. */
    private Set<String> knownSources;

    private FilingStore(Path dir, Connection db, boolean readOnly) {
        this.dir = dir;
        this.db = db;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) the store below {@code dataDir} for reading and writing. */
    public static FilingStore open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FilingStore s = new FilingStore(dataDir, connect(dataDir, false), false);
        s.configure();
        s.createTables();
        return s;
    }

    /** Opens an existing store for reading only: writes through it fail. */
    public static FilingStore openReadOnly(Path dataDir) throws IOException {
        if (!Files.isRegularFile(dataDir.resolve(DATABASE))) {
            throw new StoreException("no sixk store in " + dataDir + " (run `sixk ingest PATH --data " + dataDir + "` first)");
        }
        return new FilingStore(dataDir, connect(dataDir, true), true);
    }

    private static Connection connect(Path dataDir, boolean readOnly) throws IOException {
        Properties p = new Properties();
        if (readOnly) p.setProperty("duckdb.read_only", "true");
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + dataDir.resolve(DATABASE).toAbsolutePath(), p);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) throw new StoreException("the store in " + dataDir + " is in use by another sixk process (stop it, or use another --data)");
            throw new StoreException("cannot open the store in " + dataDir + ": " + firstLine(m));
        }
    }

    /**
     * Checkpoints once per gigabyte of log, not DuckDB's default 16 MB: each checkpoint compresses
     * again the row groups still filling (the documents' text among them), so frequent ones cost
     * an ingest of the corpus a tenth of its CPU and left a larger file (14.6 MB against 8.7).
     * A crash loses nothing: the log is replayed on the next open.
     */
    private void configure() throws IOException {
        try (Statement st = db.createStatement()) {
            st.execute("SET checkpoint_threshold = '1GB'");
        } catch (SQLException e) {
            throw new StoreException("cannot configure the store: " + firstLine(e.getMessage()));
        }
    }

    private void createTables() throws IOException {
        try (Statement st = db.createStatement()) {
            for (Table t : RecordTables.ALL) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(t.name()).append(" (");
                for (int i = 0; i < t.columns().size(); i++) {
                    Column c = t.columns().get(i);
                    ddl.append(i == 0 ? "" : ", ").append(c.name()).append(' ').append(c.type());
                }
                if (t == RecordTables.FILINGS) ddl.append(", ingested_at TIMESTAMP DEFAULT current_timestamp, PRIMARY KEY (id)");
                st.execute(ddl.append(')').toString());
            }
            // The frames are compressed already: DuckDB's own zstd, tried on them at every checkpoint, gained 1% of
            // the file for 2% of an ingest's CPU, on the checkpoint that ends it.
            st.execute("CREATE TABLE IF NOT EXISTS " + ORIGINALS + " (filing_id VARCHAR, zstd BLOB USING COMPRESSION uncompressed)");
            st.execute("CREATE TABLE IF NOT EXISTS sources (sha256 VARCHAR PRIMARY KEY, filing_id VARCHAR, path VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp)");
        } catch (SQLException e) {
            throw new StoreException("cannot create the store's tables: " + firstLine(e.getMessage()));
        }
    }

    @Override public void put(FilingRecord record) throws IOException { put(record, null, null); }

    /**
     * One filing to write: its id, its rows ({@link RecordTables#rows}, computed once by the caller,
     * which may be another thread), its original as {@link #compress} made it (null when there is
     * none to keep), and the input it was read from (SHA-256 and path; null when none).
     */
    public record Entry(String id, Map<Table, List<Object[]>> rows, byte[] original, String sourceSha, String sourcePath) {
        /** A filing read from {@code bytes} (its original, null when there is none to keep). */
        public static Entry of(FilingRecord record, byte[] bytes, String sourceSha, String sourcePath) {
            return new Entry(record.id(), RecordTables.rows(record), bytes == null ? null : compress(bytes), sourceSha, sourcePath);
        }
    }

    /**
     * Replaces a filing's rows with those of {@code record}, and notes that the input with
     * SHA-256 {@code sourceSha} (when given) was read into it: all in one transaction.
     */
    public void put(FilingRecord record, String sourceSha, String sourcePath) throws IOException {
        putAll(List.of(Entry.of(record, null, sourceSha, sourcePath)));
    }

    /**
     * Writes several filings in one transaction: each one's old rows deleted, its new rows appended
     * (DuckDB's appender, in the connection's transaction), its source noted. A crash leaves all of
     * them or none, and never part of one.
     */
    public synchronized void putAll(List<Entry> batch) throws IOException {
        if (readOnly) throw new StoreException("the store is open for reading only");
        if (batch.isEmpty()) return;
        if (known == null) known = ids();
        if (knownSources == null) knownSources = sources();
        // One filing read from two inputs in one batch (the same accession, other bytes: a feed's copy and a download):
        // the last read is kept, as if they had come in turn, and both inputs are noted as read into it.
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : batch) { byId.remove(e.id()); byId.put(e.id(), e); }
        List<Entry> entries = List.copyOf(byId.values());
        try {
            db.setAutoCommit(false);
            for (Entry e : entries) {
                String id = e.id();
                if (!known.contains(id)) continue;
                for (Table t : RecordTables.ALL) delete(t.name(), t == RecordTables.FILINGS ? "id" : "filing_id", id);
                delete(ORIGINALS, "filing_id", id);
            }
            org.duckdb.DuckDBConnection duck = db.unwrap(org.duckdb.DuckDBConnection.class);
            Map<Table, org.duckdb.DuckDBAppender> appenders = new LinkedHashMap<>();
            org.duckdb.DuckDBAppender originals = null;
            try {
                for (Entry e : entries) {
                    for (Map.Entry<Table, List<Object[]>> t : e.rows().entrySet()) {
                        if (t.getValue().isEmpty()) continue;
                        org.duckdb.DuckDBAppender app = appenders.get(t.getKey());
                        if (app == null) appenders.put(t.getKey(), app = duck.createAppender(t.getKey().name()));
                        for (Object[] row : t.getValue()) append(app, t.getKey(), row);
                    }
                }
                // The originals, in the same transaction: a filing in the store always has its original.
                for (Entry e : entries) {
                    if (e.original() == null) continue;
                    if (originals == null) originals = duck.createAppender(ORIGINALS);
                    originals.beginRow();
                    originals.append(e.id());
                    originals.append(e.original());
                    originals.endRow();
                }
                for (org.duckdb.DuckDBAppender app : appenders.values()) app.flush();
                if (originals != null) originals.flush();
            } finally {
                for (org.duckdb.DuckDBAppender app : appenders.values()) app.close();
                if (originals != null) originals.close();
            }
            // The sources as one DELETE of those already noted (an input read again, which an ingest never sends) and one
            // appender: DuckDB's INSERT OR REPLACE on a keyed table, row by row, cost more than all the rows of the records.
            Map<String, Entry> bySha = new LinkedHashMap<>();
            for (Entry e : batch) if (e.sourceSha() != null) bySha.put(e.sourceSha(), e);
            List<Entry> sourced = List.copyOf(bySha.values());
            List<String> again = new ArrayList<>();
            for (Entry e : sourced) if (knownSources.contains(e.sourceSha())) again.add(e.sourceSha());
            if (!again.isEmpty()) {
                try (PreparedStatement del = db.prepareStatement("DELETE FROM sources WHERE sha256 IN (" + "?, ".repeat(again.size() - 1) + "?)")) {
                    for (int i = 0; i < again.size(); i++) del.setString(i + 1, again.get(i));
                    del.executeUpdate();
                }
            }
            if (!sourced.isEmpty()) {
                try (org.duckdb.DuckDBAppender app = duck.createAppender("sources")) {
                    for (Entry e : sourced) {
                        app.beginRow();
                        app.append(e.sourceSha());
                        app.append(e.id());
                        if (e.sourcePath() == null) app.appendNull(); else app.append(e.sourcePath());
                        app.appendDefault();
                        app.endRow();
                    }
                    app.flush();
                }
            }
            db.commit();
            for (Entry e : entries) known.add(e.id());
            for (Entry e : sourced) knownSources.add(e.sourceSha());
        } catch (SQLException e) {
            try { db.rollback(); } catch (SQLException ignored) { /* the failure below says what went wrong */ }
            known = null;
            knownSources = null;
            throw new StoreException("cannot store " + entries.get(0).id() + (entries.size() > 1 ? " and " + (entries.size() - 1) + " more" : "")
                    + ": " + firstLine(e.getMessage()));
        } finally {
            try { db.setAutoCommit(true); } catch (SQLException ignored) { /* next use reports it */ }
        }
    }

    private void delete(String table, String key, String id) throws SQLException {
        try (PreparedStatement del = db.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?")) {
            del.setString(1, id);
            del.executeUpdate();
        }
    }

    private static void append(org.duckdb.DuckDBAppender app, Table t, Object[] row) throws SQLException {
        app.beginRow();
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v == null) app.appendNull();
            else if (t.columns().get(i).type().equals("DATE")) app.append(java.time.LocalDate.parse((String) v));
            else if (v instanceof String str) app.append(str);
            else if (v instanceof Integer n) app.append(n.intValue());
            else if (v instanceof Long n) app.append(n.longValue());
            else if (v instanceof Double n) app.append(n.doubleValue());
            else if (v instanceof Boolean b) app.append(b.booleanValue());
            else app.append(v.toString());
        }
        if (t == RecordTables.FILINGS) app.appendDefault(); // ingested_at
        app.endRow();
    }

    /** Writes what the log holds into the database file, compressed (otherwise done on close). */
    public synchronized void checkpoint() throws IOException {
        if (readOnly) return;
        try (Statement st = db.createStatement()) {
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException("cannot checkpoint the store: " + firstLine(e.getMessage()));
        }
    }

    /** Each put commits its own transaction: nothing is pending. */
    @Override public void commit() {}

    @Override public Set<String> ids() throws IOException {
        Set<String> out = new HashSet<>();
        for (Map<String, Object> row : query("SELECT id FROM filings")) out.add((String) row.get("id"));
        return out;
    }

    /** What the search index keeps of a stored filing (to catch an index up, or to load a cluster), or null when absent. */
    public IndexedFiling indexedFiling(String id) throws IOException {
        List<Object[]> filing = rows(RecordTables.FILINGS, "id", id);
        return filing.isEmpty() ? null : IndexedFiling.of(filing.get(0), rows(RecordTables.DOCUMENTS, "filing_id", id));
    }

    /** One stored filing as the search index keeps it. */
    @FunctionalInterface
    public interface IndexedFilingSink {
        void accept(IndexedFiling f) throws IOException;
    }

    /** Filings read per pair of queries by {@link #forEachIndexedFiling}: bounds memory whatever the store's size. */
    private static final int INDEXED_PAGE = 500;

    /**
     * Every stored filing as the search index keeps it, in id order: two queries per page of
     * filings (their rows, then their documents' rows), not two per filing.
     */
    public void forEachIndexedFiling(IndexedFilingSink out) throws IOException { forEachIndexedFiling(INDEXED_PAGE, out); }

    void forEachIndexedFiling(int page, IndexedFilingSink out) throws IOException {
        String after = "";
        while (true) {
            List<Object[]> filings = rows(RecordTables.FILINGS, "id > ? ORDER BY id LIMIT " + page, after);
            if (filings.isEmpty()) return;
            String first = (String) filings.get(0)[0], last = (String) filings.get(filings.size() - 1)[0];
            Map<String, List<Object[]>> documents = new HashMap<>();
            for (Object[] d : rows(RecordTables.DOCUMENTS, "filing_id BETWEEN ? AND ? ORDER BY filing_id, n", first, last)) {
                documents.computeIfAbsent((String) d[0], k -> new ArrayList<>()).add(d);
            }
            for (Object[] f : filings) out.accept(IndexedFiling.of(f, documents.getOrDefault((String) f[0], List.of())));
            after = last;
        }
    }

    /** A filing's rows of one table, values in the table's column order; the record's JSON, which no index keeps, is left null. */
    private List<Object[]> rows(Table t, String key, String id) throws IOException {
        return rows(t, key + " = ?" + (t == RecordTables.FILINGS ? "" : " ORDER BY n"), (Object) id);
    }

    /** The rows of one table that {@code where} selects (its parameters follow), values in the table's column order, record JSON null. */
    private List<Object[]> rows(Table t, String where, Object... params) throws IOException {
        StringJoiner cols = new StringJoiner(", ");
        for (Column c : t.columns()) cols.add(c.name().equals("record") ? "NULL AS record" : c.name());
        List<Object[]> out = new ArrayList<>();
        for (Map<String, Object> row : query("SELECT " + cols + " FROM " + t.name() + " WHERE " + where, params)) {
            out.add(row.values().toArray());
        }
        return out;
    }

    /** The SHA-256 of every input read into the store (one query). */
    private Set<String> sources() throws IOException {
        Set<String> out = new HashSet<>();
        for (Map<String, Object> row : query("SELECT sha256 FROM sources")) out.add((String) row.get("sha256"));
        return out;
    }

    /**
     * Whether an input with this SHA-256 was already read into the store. A writer answers from the
     * set it keeps for its own writes (loaded once: a run checks every input), a reader by a query.
     */
    public synchronized boolean hasSource(String sha256) throws IOException {
        if (readOnly) return !query("SELECT 1 FROM sources WHERE sha256 = ?", sha256).isEmpty();
        if (knownSources == null) knownSources = sources();
        return knownSources.contains(sha256);
    }

    /**
     * The original bytes as the store keeps them: one zstd frame at level 1. Filings are text and
     * shrink about fivefold; gzip at its fastest level shrank them less and took three to four
     * times as long (6% of a warm ingest's CPU in a profile).
     */
    public static byte[] compress(byte[] bytes) {
        return com.github.luben.zstd.Zstd.compress(bytes, 1);
    }

    /**
     * The original bytes of a filing by id: from the database, or from the files of a store
     * written before the originals moved into it (zstd, and gzip before that).
     */
    public Optional<byte[]> original(String id) throws IOException {
        byte[] zstd = storedOriginal(id);
        if (zstd != null) return Optional.of(decompress(id, zstd.length == 0 ? null : new java.io.ByteArrayInputStream(zstd), false));
        Path file = originalFile(id);
        if (file == null) return Optional.empty();
        Path gzip = file.resolveSibling(id + ".txt.gz");
        boolean isZstd = Files.isRegularFile(file);
        if (!isZstd && !Files.isRegularFile(gzip)) return Optional.empty();
        Path kept = isZstd ? file : gzip;
        return Optional.of(decompress(id, Files.size(kept) == 0 ? null : Files.newInputStream(kept), !isZstd));
    }

    /** The compressed original held in the database, or null. */
    private synchronized byte[] storedOriginal(String id) throws IOException {
        if (readOnly && !hasTable(ORIGINALS)) return null;
        try (PreparedStatement ps = db.prepareStatement("SELECT zstd FROM " + ORIGINALS + " WHERE filing_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the original of " + id + ": " + firstLine(e.getMessage()));
        }
    }

    /** Whether the database has a table of this name (a store written by an older sixk may lack one). */
    private boolean hasTable(String name) throws IOException {
        return !query("SELECT 1 FROM information_schema.tables WHERE table_name = ?", name).isEmpty();
    }

    /** Even an empty original compresses to a frame of some bytes: nothing kept ({@code in} null) is damage, not an empty filing. */
    private static byte[] decompress(String id, InputStream in, boolean gzip) throws IOException {
        if (in == null) throw new IOException("the original of " + id + " is damaged: it is empty");
        try (InputStream z = gzip ? new GZIPInputStream(in) : new com.github.luben.zstd.ZstdInputStream(in)) {
            return z.readAllBytes();
        } catch (IOException e) {
            throw new IOException("the original of " + id + " is damaged: " + e.getMessage(), e);
        }
    }

    /** The path of an original file; ids come from accession numbers or hashes, never from filing text, and are checked. */
    private Path originalFile(String id) {
        if (!SAFE_ID.matcher(id).matches()) return null;
        return dir.resolve("originals").resolve(id + ".txt.zst");
    }

    /** A stored filing: its record as JSON and the normalized text of each document. */
    public record Stored(JsonNode record, List<String> texts) {}

    /** The record of a filing by id (accession or SHA-256), with its document texts. */
    public Optional<Stored> record(String id) throws IOException {
        List<Map<String, Object>> f = query("SELECT record FROM filings WHERE id = ?", id);
        if (f.isEmpty()) return Optional.empty();
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> d : query("SELECT text FROM documents WHERE filing_id = ? ORDER BY n", id)) texts.add((String) d.get("text"));
        return Optional.of(new Stored(Json.MAPPER.readTree((String) f.get(0).get("record")), texts));
    }

    /** Runs a SQL query with positional parameters; rows as column → value maps, in column order. */
    public synchronized List<Map<String, Object>> query(String sql, Object... params) throws IOException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            List<Map<String, Object>> out = new ArrayList<>();
            if (!ps.execute()) return out;
            try (ResultSet rs = ps.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) row.put(md.getColumnLabel(c), rs.getObject(c));
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(firstLine(e.getMessage()));
        }
    }

    /** Runs a statement that returns nothing (COPY … TO for exports). */
    public synchronized void execute(String sql) throws IOException {
        // A statement may change what the caches hold: they are loaded again at the next write.
        known = null;
        knownSources = null;
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(firstLine(e.getMessage()));
        }
    }

    public Path directory() { return dir; }

    @Override public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + firstLine(e.getMessage()));
        }
    }

    static String firstLine(String m) {
        if (m == null) return "unknown error";
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
