package chronolens.extract;

import chronolens.model.Event;
import chronolens.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The person a life story is about, so that titles name them as a teacher would: once the text says "Ingrid
 * Halvorsen was born …" and then calls her "she", "She graduated with distinction" becomes "Halvorsen graduated
 * with distinction" and "Her first bridge opened" becomes "Halvorsen's first bridge opened" (by the part of the
 * name the text uses more: "Hannibal" for Hannibal Barca). Only the pronoun of that person's gender is replaced;
 * "He" in her life story is someone else.
 */
final class MainPerson {
    /** How far past the birth a pronoun is looked for: the next few sentences. */
    private static final int PRONOUN_REACH = 1500;
    private final String surname;
    private final boolean female;

    private MainPerson(String surname, boolean female) {
        this.surname = surname;
        this.female = female;
    }

    /**
     * The person whose birth the text tells first ("Ingrid Halvorsen was born in Bergen in 1911"), named by two to
     * four capitalized words before the verb, with the gender of the first he or she after; null when unclear.
     */
    static MainPerson of(String text, List<Sentence> sentences) {
        int at = Math.min(EventAnchors.word(text, "born"), EventAnchors.word(text, "Born"));
        if (at == Integer.MAX_VALUE) {
            return null; // most texts
        }
        Sentence born = null;
        for (Sentence s : sentences) {
            if (s.begin() <= at && at < s.end()) {
                born = s;
                break;
            }
        }
        if (born == null) {
            return null;
        }
        String[] name = Subjects.subjectOf(text.substring(born.begin(), at)).split(" ");
        if (name.length < 2 || name.length > 4 || TitleMaker.ARTICLES.contains(name[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (String w : name) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c)
                    || c == '-' || c == '\'' || c == '\u2019' || c == '.')) {
                return null; // "Albright, who" is no name on its own
            }
        }
        Boolean female = firstPronoun(text, born.begin(), Math.min(text.length(), born.end() + PRONOUN_REACH));
        // the name the text calls them by: "Halvorsen" for Ingrid Halvorsen, "Hannibal" for Hannibal Barca
        String last = name[name.length - 1];
        String called = count(text, name[0]) > count(text, last) ? name[0] : last;
        return female == null ? null : new MainPerson(called, female);
    }

    /** How often {@code word} stands as a word of its own in {@code text}. */
    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            int e = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (e == text.length() || !Character.isLetter(text.charAt(e)))) {
                n++;
            }
        }
        return n;
    }

    /** Whether the first "she"/"her" (true) or "he"/"his"/"him" (false) in {@code text[from, to)}, or null. */
    private static Boolean firstPronoun(String text, int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - b < 2 || i - b > 3) {
                continue; // the pronouns are two or three letters long
            }
            String w = text.substring(b, i).toLowerCase(Locale.ROOT);
            if (w.equals("she") || w.equals("her")) {
                return true;
            }
            if (w.equals("he") || w.equals("his") || w.equals("him")) {
                return false;
            }
        }
        return null;
    }

    /** {@code events} with the person's pronoun that opens a title replaced by their surname. */
    List<Event> retitle(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String t = title(e.title());
            out.add(t.equals(e.title()) ? e : new Event(e.id(), t, e.when(), e.source(), e.timex(), e.derivation(),
                    e.entities(), e.mentions()));
        }
        return out;
    }

    /** "She retired" → "Halvorsen retired", "Her first bridge opened" → "Halvorsen's first bridge opened". */
    String title(String title) {
        String subject = female ? "She " : "He ";
        String owner = female ? "Her " : "His ";
        if (title.startsWith(subject) && title.length() > subject.length()) {
            return surname + " " + title.substring(subject.length());
        }
        if (title.startsWith(owner) && title.length() > owner.length()) {
            return surname + "'s " + title.substring(owner.length());
        }
        return title;
    }
}
