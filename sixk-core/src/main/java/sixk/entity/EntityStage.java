package sixk.entity;

import sixk.pipeline.Filing;
import sixk.pipeline.Stage;
import sixk.press.TickerFinder;
import sixk.record.Entity;
import sixk.record.Warning;
import sixk.text.Scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the entities of every prose document: money, percent, dates and periods, tickers,
 * people, organizations, trademarks and products, each with its document, span and normalized
 * value. A document longer than {@link #MAX_CHARS} is read up to that point, with a warning.
 */
public final class EntityStage implements Stage {
    static final int MAX_CHARS = 8 * 1024 * 1024;

    @Override public String name() { return "entities"; }

    @Override public void apply(Filing filing) {
        for (int i = 0; i < filing.documentCount(); i++) {
            if (!filing.isProse(i)) continue;
            String text = filing.text(i);
            if (text.isEmpty()) continue;
            boolean truncated = text.length() > MAX_CHARS;
            if (truncated) {
                filing.warnings.add(Warning.at("entities_truncated", "entities read in the first " + MAX_CHARS + " characters only", i));
                text = text.substring(0, MAX_CHARS);
            }
            List<Entity> found = new ArrayList<>();
            String dollar = DollarCurrency.of(text);
            int[] starts = truncated ? Scan.starts(text) : filing.wordStarts(i);
            MoneyFinder.find(text, starts, i, dollar, found);
            TableMoneyFinder.find(text, starts, i, dollar, found);
            PercentFinder.find(text, starts, i, found);
            DateFinder.find(text, starts, i, found);
            TickerFinder.entities(text, starts, i, found);
            PersonFinder.find(text, starts, i, found);
            OrganizationFinder.find(text, starts, i, found);
            TrademarkFinder.find(text, i, found);
            found.sort(Comparator.comparingInt((Entity e) -> e.span().start()).thenComparingInt(e -> -e.span().end()));
            filing.entities.addAll(found);
        }
    }
}
