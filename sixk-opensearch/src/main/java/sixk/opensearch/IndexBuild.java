package sixk.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One build of the index behind an alias, for reindexing with no downtime: {@link #start} creates a
 * new index ({@code ALIAS-yyyyMMddHHmmssSSS}, mapping from {@code opensearch-index.json}, refresh
 * off); writers fill it ({@link BulkWriter}, from one process or many Spark tasks); {@link #publish}
 * makes it searchable and moves the alias to it in one atomic {@code _aliases} call, then deletes
 * the indices the alias left, and the builds begun before it that were never published (a failed
 * build is dropped by {@link #abandon}, unless the cluster was gone). Readers of the alias never see
 * a half-built index.
 */
public final class IndexBuild {
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final OpenSearchClient client;
    private final String alias;
    private final String index;

    private IndexBuild(OpenSearchClient client, String alias, String index) {
        this.client = client;
        this.alias = alias;
        this.index = index;
    }

    /** What keeps a name from being an alias (OpenSearch's index-name rules, kept to a safe subset), or null when nothing does. */
    public static String aliasProblem(String alias) {
        return ALIAS.matcher(alias).matches() ? null : "lower-case letters, digits, - and _ only: " + alias;
    }

    /** Creates the new, empty index for {@code alias}. */
    public static IndexBuild start(OpenSearchClient client, String alias) throws IOException {
        String problem = aliasProblem(alias);
        if (problem != null) throw new IllegalArgumentException("alias: " + problem);
        String index = alias + "-" + LocalDateTime.now().format(STAMP);
        client.request("PUT", "/" + index, mapping());
        return new IndexBuild(client, alias, index);
    }

    /** The new index's name (writers send their documents there). */
    public String index() { return index; }

    public String alias() { return alias; }

    /** Makes the new index searchable, points the alias at it alone, and deletes the indices it left. */
    public void publish() throws IOException {
        client.request("PUT", "/" + index + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}");
        client.request("POST", "/" + index + "/_refresh");
        List<String> old = client.aliased(alias);
        ObjectNode actions = OpenSearchClient.JSON.createObjectNode();
        var list = actions.putArray("actions");
        for (String o : old) list.addObject().putObject("remove").put("index", o).put("alias", alias);
        list.addObject().putObject("add").put("index", index).put("alias", alias);
        client.request("POST", "/_aliases", actions.toString());
        for (String o : old) if (!o.equals(index)) client.request("DELETE", "/" + o);
        for (String o : leftovers()) client.request("DELETE", "/" + o);
    }

    /**
     * The builds of this alias begun before this one and never aliased: builds that failed while the
     * cluster was unreachable, so that {@link #abandon} could not drop them.
     */
    private List<String> leftovers() throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (var row : client.request("GET", "/_cat/indices/" + alias + "-*?format=json&h=index")) {
            String name = row.path("index").asText();
            if (name.length() == index.length() && name.startsWith(alias + "-") && name.compareTo(index) < 0
                    && name.substring(alias.length() + 1).chars().allMatch(Character::isDigit)) out.add(name);
        }
        return out;
    }

    /** How many documents the new index holds (after {@link #publish}, which refreshes it). */
    public long count() throws IOException {
        return client.request("GET", "/" + index + "/_count").path("count").asLong();
    }

    /** Drops the half-built index (never aliased, so no reader saw it); quiet when the cluster is gone. */
    public void abandon() {
        client.deleteQuietly(index);
    }

    private static String mapping() throws IOException {
        try (InputStream in = IndexBuild.class.getResourceAsStream("opensearch-index.json")) {
            if (in == null) throw new IOException("opensearch-index.json missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
