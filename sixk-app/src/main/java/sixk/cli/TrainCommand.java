package sixk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sixk.eval.EightKCorpus;
import sixk.event.EventModel;
import sixk.event.Features;
import sixk.event.ModelTrainer;
import sixk.pipeline.FilingReader;
import sixk.record.DocumentInfo;
import sixk.record.FilingRecord;
import sixk.record.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the event classifier on labeled 8-Ks and write the model.",
                "Labels are the items filers declared (header ITEM INFORMATION, crawler-items.tsv); the header and item headings",
                "are hidden from the text. One file in five is held out for `sixk eval --eightk`. Same corpus, same model."})
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "The 8-K directory (default: ../shared/corpus/eightk).")
    Path corpus = Path.of("../shared/corpus/eightk");

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("sixk-core/src/main/resources/sixk/event/model.json");

    @Option(names = "--keep", description = "Words kept per item (default: ${DEFAULT-VALUE}).")
    int keep = 200;

    @Override public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) throw new UserException("no 8-K corpus at " + corpus + " (give --corpus DIR)");
        List<EightKCorpus.Labeled> labeled = EightKCorpus.read(corpus);
        FilingReader reader = new FilingReader(List.of(), false);
        List<ModelTrainer.Example> examples = new ArrayList<>();
        int held = 0, unreadable = 0;
        for (EightKCorpus.Labeled l : labeled) {
            if (l.heldOut()) { held++; continue; }
            try {
                FilingRecord r = reader.read(l.path());
                examples.add(new ModelTrainer.Example(l.path().getFileName().toString(), Features.ofDocuments(prose(r)), l.items()));
            } catch (IOException | RuntimeException e) {
                unreadable++;
            }
        }
        if (examples.isEmpty()) throw new UserException("no labeled 8-K in " + corpus);
        EventModel model = ModelTrainer.train(examples, keep);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("trained_by", "sixk train --corpus " + corpus.getFileName() + " --keep " + keep);
        about.put("examples", examples.size());
        about.put("held_out", held + " (SHA-256 of the file name, first byte mod 5 == 0)");
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Json.PRETTY.writeValue(tmp.toFile(), ModelTrainer.toJson(model, about));
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("sixk train: %d examples (%d held out, %d unreadable) → %s (%d KB)%n", examples.size(), held, unreadable, out,
                Files.size(out) / 1024);
        return 0;
    }

    /** The normalized text of the documents worth reading: prose, not graphics or XBRL. */
    static List<String> prose(FilingRecord r) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < r.documents().size(); i++) {
            DocumentInfo d = r.documents().get(i);
            String f = d.format();
            if (f != null && (f.equals("html") || f.equals("text") || f.equals("pdf"))) texts.add(r.text(i));
        }
        return texts;
    }
}
