package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.dadkhah.shared.NameKeys;
import org.jspecify.annotations.Nullable;

/**
 * Places written as a name optionally followed by the places that contain it, separated by commas
 * ({@code Evin, Tehran, Iran}). Levels:
 * <ol start="0">
 *   <li>{@code different}</li>
 *   <li>{@code similar}: the first names have the same phonetic skeleton or a Jaro-Winkler of at least 0.9</li>
 *   <li>{@code inside}: one place is among the places containing the other ({@code Evin, Tehran} and
 *       {@code Tehran})</li>
 *   <li>{@code exact}: the same first name</li>
 * </ol>
 */
final class PlaceComparator implements FieldComparator {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final List<String> LEVELS = List.of("different", "similar", "inside", "exact");

    /** A place ready for comparison: the keys of its parts, most specific first, and the first part's skeleton. */
    record Place(List<String> parts, String skeleton) {
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public @Nullable Object prepare(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : raw.split("[,،>]")) {
            String key = NameKeys.matchKey(part);
            if (!key.isEmpty()) {
                parts.add(key);
            }
        }
        return parts.isEmpty() ? null : new Place(List.copyOf(parts), NameKeys.latinSkeleton(raw.split("[,،>]")[0]));
    }

    @Override
    public int compare(Object left, Object right) {
        Place a = (Place) left;
        Place b = (Place) right;
        String aFirst = a.parts.getFirst();
        String bFirst = b.parts.getFirst();
        if (aFirst.equals(bFirst)) {
            return 3;
        }
        if (a.parts.contains(bFirst) || b.parts.contains(aFirst)) {
            return 2;
        }
        if (!a.skeleton.isEmpty() && a.skeleton.equals(b.skeleton) || JARO_WINKLER.apply(aFirst, bFirst) >= 0.9) {
            return 1;
        }
        return 0;
    }

    @Override
    public @Nullable String blockingKey(Object prepared, String variant) {
        Place place = (Place) prepared;
        return !variant.isEmpty() ? null : place.skeleton.isEmpty() ? place.parts.getFirst() : place.skeleton;
    }

    @Override
    public @Nullable String frequencyKey(Object prepared) {
        return ((Place) prepared).parts.getFirst();
    }
}
