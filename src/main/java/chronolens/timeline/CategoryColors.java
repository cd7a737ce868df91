package chronolens.timeline;

import chronolens.model.Event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which colour slot each event of an {@link EventIndex} takes from its category: the categories sorted by name
 * take slots 0, 1, 2 …, an event without one takes -1. Sorted order matches the legend and the app's filter.
 */
final class CategoryColors {
    private final List<String> categories;
    private final int[] slots;
    private final boolean anyUncategorized;

    private CategoryColors(List<String> categories, int[] slots, boolean anyUncategorized) {
        this.categories = categories;
        this.slots = slots;
        this.anyUncategorized = anyUncategorized;
    }

    /** The slots of {@code index}'s events under {@code categoryOf} (null: no categories). */
    static CategoryColors of(EventIndex index, Function<? super Event, String> categoryOf) {
        int n = index.size();
        if (categoryOf == null) {
            return new CategoryColors(List.of(), null, n > 0);
        }
        String[] names = new String[n];
        TreeSet<String> sorted = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            String c = categoryOf.apply(index.event(i));
            names[i] = c == null || c.isBlank() ? null : c.strip();
            if (names[i] != null) {
                sorted.add(names[i]);
            }
        }
        if (sorted.isEmpty()) {
            return new CategoryColors(List.of(), null, n > 0);
        }
        List<String> categories = List.copyOf(sorted);
        Map<String, Integer> slotOf = new HashMap<>();
        for (String c : categories) {
            slotOf.put(c, slotOf.size());
        }
        int[] slots = new int[n];
        boolean none = false;
        for (int i = 0; i < n; i++) {
            slots[i] = names[i] == null ? -1 : slotOf.get(names[i]);
            none |= slots[i] < 0;
        }
        return new CategoryColors(categories, slots, none);
    }

    /** The categories in slot order; empty when no event has one. */
    List<String> categories() {
        return categories;
    }

    /** Slot per event by index position, -1 for none; null when no event has a category. */
    int[] slots() {
        return slots;
    }

    /** True when some event has no category (the legend then shows "Other"). */
    boolean anyUncategorized() {
        return anyUncategorized;
    }
}
