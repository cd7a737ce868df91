package chronolens.extract;

import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import chronolens.model.TimexType;
import java.util.regex.Pattern;

/**
 * Which dates move the story a text tells: the date it has reached is what "two days later" and a yearless
 * "March 3" count from, so a yardstick ("since 1974") must not move it, and a look back in the past perfect moves
 * it only for its own sentence. Split from {@link Anchoring}, which keeps that date.
 */
final class StoryDates {
    private StoryDates() {
    }

    private static final Pattern HAD = Pattern.compile(
            "(?i)\\bhad\\s+(?:\\p{L}+ly\\s+)?(?:been\\s+)?\\p{L}+(?:ed|en|t)\\b");

    /**
     * "Perseverance landed on February 18, 2021. The rover had launched on July 30, 2020.": a date told in the past
     * perfect, before the date the story has reached, looks back. Its own sentence counts from it ("had fled in
     * June 1998 and returned later that year"); after it the story is back where it was, and "two months later"
     * counts from the landing.
     */
    static boolean flashback(String text, java.util.List<chronolens.model.Sentence> sentences, int si, Mention m,
                             TemporalValue r, TemporalValue last) {
        if (last == null || sentences.isEmpty() || r.end() > last.start()) {
            return false;
        }
        int from = Math.max(sentences.get(si).begin(), m.begin() - 120);
        return from < m.begin() && HAD.matcher(text).region(from, m.begin()).find();
    }

    /**
     * Whether a resolved date or time becomes the date the story has reached. Not a date after "since" ("the worst
     * day since Aug. 5", "in office since 2019", "since the 2017/18 season"): a yardstick or the start of a state
     * that lasts; nor "overnight", which spans two days; nor a date in an aside ({@link #inAside}); nor deep time.
     */
    static boolean movesStory(String text, Mention m, TimeExpression t) {
        TemporalValue r = t.resolved();
        return (t.type() == TimexType.DATE || t.type() == TimexType.TIME) && !r.granularity().isDeepTime()
                && !afterSince(text, m.begin()) && !m.rule().name().equals("relative.overnight")
                && !inAside(text, m);
    }

    /** How far before a date the ", who" or ", which" of an aside may open. */
    private static final int ASIDE_REACH = 50;

    /**
     * Whether the date ends an aside about someone or something: "The chief executive, who took over in January
     * 2023, said …", "the bridge, which opened in 1931, …": background, not where the story has got to.
     */
    private static boolean inAside(String text, Mention m) {
        int after = m.end();
        if (after >= text.length() || text.charAt(after) != ',') {
            return false;
        }
        for (int i = m.begin() - 1; i > 0 && i >= m.begin() - ASIDE_REACH; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '\n') {
                return false;
            }
            if (c == ',') {
                String next = Guards.nextWord(text, i + 1);
                return "who".equals(next) || "which".equals(next);
            }
        }
        return false;
    }

    /** Whether "since" or "since the" comes right before {@code at}: "since 2019", "since the 2017/18 season". */
    private static boolean afterSince(String text, int at) {
        String before = Guards.previousWord(text, at);
        return "since".equals(before) || "the".equals(before) && "since".equals(Guards.wordBeforeWordBefore(text, at));
    }
}
