package chronolens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random texts glued together from pieces dates are made of ("May", "16", ",", "p.m." …): the tests of the
 * tagger's filters run every rule's regex over them to find a match a filter would hide.
 */
public final class RandomTexts {
    private RandomTexts() {
    }

    /** {@code count} texts of 1 to {@code most} pieces each, the same for the same seed. */
    public static List<String> of(String[] pieces, int count, int most, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(most); i >= 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(sb.toString());
        }
        return texts;
    }
}
