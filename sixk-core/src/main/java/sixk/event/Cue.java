package sixk.event;

import java.util.regex.Pattern;

/**
 * Words that say an event of {@code type} happened, with how sure they make a reader (0–1).
 * {@code anchors} are words of which the sentence must hold one before the pattern is tried: a
 * cheap test that keeps the patterns off the many sentences that cannot match. {@code unless},
 * when set, names contexts where the words mean something else (a director elected by a
 * shareholders' vote is a meeting result, not a management change).
 */
record Cue(EventType type, Pattern pattern, double weight, String[] anchors, Pattern unless) {
    static Cue of(EventType type, double weight, String anchors, String regex) {
        return new Cue(type, Pattern.compile("(?i)(?<![\\p{L}])(?:" + regex + ")"), weight, anchors.split(" "), null);
    }

    Cue unless(String regex) {
        return new Cue(type, pattern, weight, anchors, Pattern.compile("(?i)(?<![\\p{L}])(?:" + regex + ")"));
    }
}
