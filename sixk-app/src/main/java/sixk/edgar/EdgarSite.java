package sixk.edgar;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * EDGAR's addresses: www.sec.gov (archives, indexes, feeds) and data.sec.gov (submissions JSON),
 * or one mirror that stands in for both and keeps EDGAR's paths. Every path is built here from
 * validated numbers, never from text read off the wire.
 */
public record EdgarSite(String www, String data) {
    public static final EdgarSite SEC = new EdgarSite("https://www.sec.gov", "https://data.sec.gov");

    private static final Pattern SUBMISSIONS_PAGE = Pattern.compile("CIK\\d{10}-submissions-\\d{3}\\.json");
    /** The "File Name" column of an index: a path under /Archives/ to one full submission. */
    private static final Pattern ARCHIVE_FILE = Pattern.compile("edgar/data/\\d{1,10}/[0-9A-Za-z-]{1,40}\\.txt");

    /** A mirror (or a local test server) replacing both hosts: {@code http://127.0.0.1:8080}, {@code https://mirror/edgar}. */
    public static EdgarSite mirror(String base) {
        URI u;
        try {
            u = URI.create(base.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--edgar-base " + base + " is not a URL");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getQuery() != null) {
            throw new IllegalArgumentException("--edgar-base must be an http(s) URL without a query, like https://www.sec.gov; got " + base);
        }
        String s = u.toString();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return new EdgarSite(s, s);
    }

    public URI companyTickers() { return URI.create(www + "/files/company_tickers.json"); }

    /** The submissions JSON of one company: recent filings and the names of its older pages. */
    public URI submissions(long cik) { return URI.create(data + "/submissions/CIK" + cik10(cik) + ".json"); }

    /** An extra page named in {@code filings.files[].name}, e.g. CIK0001009672-submissions-001.json. */
    public URI submissionsPage(String name) {
        if (!SUBMISSIONS_PAGE.matcher(name).matches()) throw new IllegalArgumentException("not a submissions page name: " + name);
        return URI.create(data + "/submissions/" + name);
    }

    /** One full submission (.txt): the whole filing in one request. */
    public URI filing(long cik, String accession) {
        FilingRef.requireAccession(accession);
        return URI.create(www + "/Archives/edgar/data/" + cik + "/" + accession + ".txt");
    }

    /** The filing's index page, for people (alerts link to it). */
    public URI filingIndexPage(long cik, String accession) {
        FilingRef.requireAccession(accession);
        return URI.create(www + "/Archives/edgar/data/" + cik + "/" + accession.replace("-", "") + "/" + accession + "-index.htm");
    }

    public static boolean isArchiveFile(String fileName) { return ARCHIVE_FILE.matcher(fileName).matches(); }

    public URI fullIndex(int year, int quarter, IndexKind kind) {
        return URI.create(www + "/Archives/edgar/full-index/" + year + "/QTR" + quarter + "/" + kind.file() + ".idx");
    }

    public URI dailyIndex(LocalDate day, IndexKind kind) {
        return URI.create(www + "/Archives/edgar/daily-index/" + day.getYear() + "/QTR" + quarter(day) + "/"
                + kind.file() + "." + yyyymmdd(day) + ".idx");
    }

    /** The day's Feed archive: every submission disseminated that day, as .nc files in one .tar.gz. */
    public URI feed(LocalDate day) {
        return URI.create(www + "/Archives/edgar/Feed/" + day.getYear() + "/QTR" + quarter(day) + "/" + yyyymmdd(day) + ".nc.tar.gz");
    }

    /** The "latest filings" Atom feed (browse-edgar action=getcurrent), newest first. */
    public URI currentFeed(String form, int start, int count) {
        String type = form == null ? "" : java.net.URLEncoder.encode(form, java.nio.charset.StandardCharsets.UTF_8);
        return URI.create(www + "/cgi-bin/browse-edgar?action=getcurrent&type=" + type
                + "&company=&dateb=&owner=include&start=" + start + "&count=" + count + "&output=atom");
    }

    public static int quarter(LocalDate day) { return (day.getMonthValue() - 1) / 3 + 1; }

    static String yyyymmdd(LocalDate day) { return String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()); }

    static String cik10(long cik) { return String.format(Locale.ROOT, "%010d", cik); }
}
