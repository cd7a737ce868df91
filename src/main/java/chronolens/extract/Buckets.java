package chronolens.extract;

import chronolens.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** Groups items sorted by offset into the sentences that hold them, in one pass, so no stage is quadratic. */
final class Buckets {
    private Buckets() {
    }

    /** For each sentence, the indexes of the items whose begin falls inside it. */
    static <T> List<List<Integer>> bySentence(List<Sentence> sentences, List<T> items, ToIntFunction<T> begin) {
        List<List<Integer>> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            out.add(new ArrayList<>(2));
        }
        int k = 0;
        for (int i = 0; i < items.size(); i++) {
            int b = begin.applyAsInt(items.get(i));
            while (k < sentences.size() && sentences.get(k).end() <= b) {
                k++;
            }
            if (k < sentences.size() && sentences.get(k).begin() <= b) {
                out.get(k).add(i);
            }
        }
        return out;
    }
}
