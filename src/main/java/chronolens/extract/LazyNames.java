package chronolens.extract;

import chronolens.model.Sentence;
import java.util.AbstractList;
import java.util.List;

/** The names of a sentence, found only if an event needs them: most sentences of a long text make none. */
final class LazyNames extends AbstractList<String> {
    private final Entities entities;
    private final String text;
    private final Sentence sentence;
    private List<String> names;

    LazyNames(Entities entities, String text, Sentence sentence) {
        this.entities = entities;
        this.text = text;
        this.sentence = sentence;
    }

    private List<String> names() {
        if (names == null) {
            names = entities.find(sentence.text(text));
        }
        return names;
    }

    @Override
    public String get(int index) {
        return names().get(index);
    }

    @Override
    public int size() {
        return names().size();
    }
}
