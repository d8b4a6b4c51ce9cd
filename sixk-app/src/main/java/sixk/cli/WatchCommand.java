package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sixk.edgar.AlertSink;
import sixk.edgar.CommandAlerts;
import sixk.edgar.Durations;
import sixk.edgar.EdgarClient;
import sixk.edgar.EdgarOptions;
import sixk.edgar.EdgarSite;
import sixk.edgar.FilingLister;
import sixk.edgar.JsonLinesAlerts;
import sixk.edgar.WatchFilter;
import sixk.edgar.WatchState;
import sixk.edgar.Watcher;
import sixk.edgar.WebhookAlerts;
import sixk.pipeline.FilingReader;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;

@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Watch EDGAR's latest filings and alert on new ones: one JSON line per new filing, or per matching event with --event. Each new filing is fetched once and read; the state file remembers what was handled, so a restart repeats nothing. The first run takes the feed as it stands as seen (see --backfill)."})
public final class WatchCommand implements Callable<Integer> {
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z_]{1,40}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,10}");

    @Option(names = "--form", paramLabel = "FORM", description = "Form type to watch, exactly (repeatable; default 6-K).")
    List<String> forms = new ArrayList<>();

    @Option(names = "--event", paramLabel = "TYPE", description = "Alert per event of this type (repeatable; docs/EVENTS.md), e.g. milestone_payment.")
    List<String> events = new ArrayList<>();

    @Option(names = "--company", paramLabel = "CIK|TICKER|NAME", description = "Only these companies: a CIK, a ticker, or words of the name (repeatable).")
    List<String> companies = new ArrayList<>();

    @Option(names = "--exec", arity = "1..*", paramLabel = "ARG",
            description = "Run this command (program and arguments, no shell) once per alert, the alert's JSON on its stdin. Put it last.")
    List<String> exec;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert's JSON to this URL (retried on 5xx and timeouts).")
    String webhook;

    @Option(names = "--jsonl", description = "Alerts as JSON Lines on stdout (the default).")
    boolean jsonl;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s", description = "Time between polls (default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--once", description = "Poll once and stop.")
    boolean once;

    @Option(names = "--state", paramLabel = "FILE", defaultValue = "sixk-watch.state",
            description = "Accessions already handled (default ${DEFAULT-VALUE}); one file per watch.")
    Path state;

    @Option(names = "--backfill", description = "On the first run, alert on the filings already in the feed too.")
    boolean backfill;

    @Mixin EdgarOptions edgar = new EdgarOptions();

    @Override public Integer call() throws InterruptedException {
        try {
            return watch();
        } catch (IOException e) {
            // EDGAR unreachable after the retries, a refusal, a full disk: one line, not a stack trace.
            System.err.println("sixk watch: " + e.getMessage());
            return 1;
        }
    }

    private int watch() throws IOException, InterruptedException {
        PrintStream err = System.err;
        Consumer<String> warn = m -> err.println("sixk watch: warning: " + m);
        Consumer<String> info = m -> err.println("sixk watch: " + m);
        int sinks = (exec != null ? 1 : 0) + (webhook != null ? 1 : 0) + (jsonl ? 1 : 0);
        if (sinks > 1) throw new UserException("choose one of --exec, --webhook, --jsonl");
        EdgarClient client;
        EdgarSite site;
        Duration every;
        AlertSink alerts;
        try {
            client = edgar.client(warn);
            site = edgar.site();
            every = Durations.parse(interval);
            if (every.toMillis() < 1000) throw new IllegalArgumentException("--interval must be at least 1s");
            if (exec != null) alerts = new CommandAlerts(exec, Duration.ofMinutes(1));
            else if (webhook != null) alerts = new WebhookAlerts(URI.create(webhook.strip()), 4, Duration.ofSeconds(1), warn);
            else alerts = new JsonLinesAlerts(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        for (String e : events) {
            if (!EVENT_TYPE.matcher(e.strip()).matches()) throw new UserException("--event " + e + " is not an event type (see docs/EVENTS.md)");
        }
        Set<Long> ciks = new HashSet<>();
        List<String> names = new ArrayList<>();
        FilingLister lister = new FilingLister(client, site, warn);
        for (String c : companies) {
            String s = c.strip();
            if (DIGITS.matcher(s).matches()) ciks.add(Long.parseLong(s));
            else {
                var cik = s.matches("[A-Za-z.\\-]{1,10}") ? lister.tickers().cik(s) : java.util.Optional.<Long>empty();
                if (cik.isPresent()) ciks.add(cik.get());
                else names.add(s);
            }
        }
        WatchFilter filter = new WatchFilter(Set.copyOf(forms.isEmpty() ? List.of("6-K") : forms), ciks, names, Set.copyOf(events));
        try (WatchState st = new WatchState(state, warn)) {
            new Watcher(client, site, filter, st, alerts, FilingReader.standard(), backfill, warn, info).run(every, once);
        }
        return 0;
    }
}
