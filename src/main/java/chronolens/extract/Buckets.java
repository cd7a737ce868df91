package chronolens.extract;

import chronolens.model.Sentence;
import java.util.List;
import java.util.function.ToIntFunction;

/** Groups items sorted by offset into the sentences that hold them, in one pass, so no stage is quadratic. */
final class Buckets {
    private static final int[] NONE = {};

    private Buckets() {
    }

    /**
     * For each sentence, the indexes of the items whose begin falls inside it, in item order. Plain int arrays: a
     * list of boxed indexes per sentence cost an Integer per item on date-dense text.
     */
    static <T> int[][] bySentence(List<Sentence> sentences, List<T> items, ToIntFunction<T> begin) {
        int[] sentenceOf = new int[items.size()];
        int[] counts = new int[sentences.size()];
        int k = 0;
        for (int i = 0; i < items.size(); i++) {
            int b = begin.applyAsInt(items.get(i));
            while (k < sentences.size() && sentences.get(k).end() <= b) {
                k++;
            }
            if (k < sentences.size() && sentences.get(k).begin() <= b) {
                sentenceOf[i] = k;
                counts[k]++;
            } else {
                sentenceOf[i] = -1;
            }
        }
        int[][] out = new int[sentences.size()][];
        for (int s = 0; s < out.length; s++) {
            out[s] = counts[s] == 0 ? NONE : new int[counts[s]];
            counts[s] = 0;
        }
        for (int i = 0; i < sentenceOf.length; i++) {
            if (sentenceOf[i] >= 0) {
                out[sentenceOf[i]][counts[sentenceOf[i]]++] = i;
            }
        }
        return out;
    }
}
