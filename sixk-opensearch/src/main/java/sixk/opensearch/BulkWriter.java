package sixk.opensearch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import sixk.table.IndexedFiling;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Sends filings to one index in bulk requests: one OpenSearch document per indexed document of a
 * filing ({@code _id} = filing id / document number, so a retried Spark task overwrites rather than
 * duplicates), with the fields of the embedded Lucene index. Requests are cut at {@link #BULK_BYTES};
 * an item the cluster refused fails the writer, so a partial index is never published.
 * Not thread-safe: one writer per thread or task.
 */
public final class BulkWriter implements AutoCloseable {
    /** Bulk requests are cut at this many bytes of NDJSON (OpenSearch accepts 100 MB by default). */
    static final int BULK_BYTES = 8 << 20;

    private final OpenSearchClient client;
    private final SerializedString index;
    private final StringWriter bulk = new StringWriter(BULK_BYTES + (1 << 20));
    private long filings, documents, bytes, nanos;

    public BulkWriter(OpenSearchClient client, String index) {
        this.client = client;
        this.index = new SerializedString(index);
    }

    /** Queues a filing's documents, sending a request when the queue passes the bulk size. */
    public void add(IndexedFiling f) throws IOException {
        filings++;
        for (IndexedFiling.Doc d : f.documents()) {
            try (JsonGenerator g = OpenSearchClient.JSON.getFactory().createGenerator(bulk)) {
                g.setRootValueSeparator(null); // NDJSON: the lines are separated by the newlines written below
                g.writeStartObject();
                g.writeObjectFieldStart("index");
                g.writeFieldName("_index");
                g.writeString(index);
                g.writeStringField("_id", f.id() + "/" + d.n());
                g.writeEndObject();
                g.writeEndObject();
                g.writeRaw('\n');
                source(g, f, d);
                g.writeRaw('\n');
            }
            documents++;
            if (bulk.getBuffer().length() >= BULK_BYTES) flush();
        }
    }

    /** The OpenSearch document (its {@code _source}) of one document of a filing, as JSON. */
    public static String document(IndexedFiling f, IndexedFiling.Doc d) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = OpenSearchClient.JSON.getFactory().createGenerator(w)) {
            source(g, f, d);
        }
        return w.toString();
    }

    /** Writes the fields of the mapping for one document of a filing. */
    private static void source(JsonGenerator g, IndexedFiling f, IndexedFiling.Doc d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeNumberField("n", d.n());
        if (d.type() != null) g.writeStringField("doc_type", d.type());
        g.writeStringField("text", d.text());
        if (f.headline() != null) g.writeStringField("headline", f.headline());
        if (f.company() != null) g.writeStringField("company", f.company());
        if (f.cik() != null) g.writeStringField("cik", f.cik());
        if (f.form() != null) g.writeStringField("form", f.form());
        if (!f.events().isEmpty()) {
            g.writeArrayFieldStart("event");
            for (String e : f.events()) g.writeString(e);
            g.writeEndArray();
        }
        if (!f.tickers().isEmpty()) {
            g.writeArrayFieldStart("ticker");
            for (String t : f.tickers()) g.writeString(t);
            g.writeEndArray();
        }
        if (f.filed() != null) {
            g.writeStringField("filed", f.filed());
            g.writeStringField("year", f.year());
        }
        if (f.country() != null) g.writeStringField("country", f.country());
        g.writeEndObject();
    }

    /** Sends what is queued; any item the cluster refused is a ClusterException. */
    public void flush() throws IOException {
        StringBuffer buf = bulk.getBuffer();
        if (buf.isEmpty()) return;
        byte[] body = buf.toString().getBytes(StandardCharsets.UTF_8);
        buf.setLength(0);
        long t0 = System.nanoTime();
        JsonNode r = client.request("POST", "/_bulk", body);
        nanos += System.nanoTime() - t0;
        bytes += body.length;
        if (r.path("errors").asBoolean(false)) {
            for (JsonNode item : r.path("items")) {
                JsonNode e = item.path("index").path("error");
                if (!e.isMissingNode()) {
                    throw new ClusterException("OpenSearch refused document " + item.path("index").path("_id").asText() + ": "
                            + e.path("type").asText() + ": " + e.path("reason").asText(), null);
                }
            }
        }
    }

    /** Flushes what is left. */
    @Override public void close() throws IOException { flush(); }

    public long filings() { return filings; }

    public long documents() { return documents; }

    /** Bytes of NDJSON sent. */
    public long bytes() { return bytes; }

    /** Time spent inside bulk requests (the bulk rate's denominator). */
    public long bulkNanos() { return nanos; }
}
