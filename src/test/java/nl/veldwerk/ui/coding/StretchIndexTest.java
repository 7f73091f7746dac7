package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class StretchIndexTest {
    private record Stretch(String id, int start, int end) {
    }

    private static StretchIndex<Stretch> index() {
        return new StretchIndex<>(Stretch::start, Stretch::end);
    }

    private static void put(StretchIndex<Stretch> index, String id, int start, int end) {
        index.put(id, new Stretch(id, start, end));
    }

    private static Set<String> over(StretchIndex<Stretch> index, int from, int to) {
        return index.overlapping(from, to).stream().map(Stretch::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void findsWhatSharesACharacterWithTheStretchOnly() {
        StretchIndex<Stretch> index = index();
        put(index, "before", 0, 10);
        put(index, "touchesStart", 5, 20);
        put(index, "inside", 22, 25);
        put(index, "touchesEnd", 28, 40);
        put(index, "after", 30, 35);
        put(index, "empty", 24, 24);
        assertEquals(Set.of("touchesStart", "inside", "touchesEnd"), over(index, 10, 30));
        assertEquals(Set.of(), over(index, 25, 25));
    }

    @Test
    void aLongStretchThatStartsFarBeforeIsFound() {
        StretchIndex<Stretch> index = index();
        put(index, "chapter", 0, 100_000);
        for (int i = 0; i < 1_000; i++) {
            put(index, "q" + i, i * 100, i * 100 + 50);
        }
        assertEquals(Set.of("chapter", "q500"), over(index, 50_010, 50_020));
        index.remove("chapter");
        assertEquals(Set.of("q500"), over(index, 50_010, 50_020));
    }

    @Test
    void aStretchPutAgainIsFoundWhereItIsNowOnly() {
        StretchIndex<Stretch> index = index();
        put(index, "a", 0, 10);
        put(index, "b", 0, 5);
        put(index, "a", 50, 60); // resized: the same id over another stretch
        assertEquals(Set.of("b"), over(index, 0, 10));
        assertEquals(Set.of("a"), over(index, 55, 56));
        assertEquals(2, index.values().size());
        index.clear();
        assertNull(index.remove("a"));
        assertEquals(Set.of(), over(index, 0, 100));
    }

    @Test
    void agreesWithAWalkOverEveryValue() {
        Random random = new Random(7);
        StretchIndex<Stretch> index = index();
        java.util.Map<String, Stretch> all = new java.util.HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            String id = "q" + random.nextInt(500);
            if (random.nextInt(4) == 0) {
                index.remove(id);
                all.remove(id);
            } else {
                int start = random.nextInt(10_000);
                Stretch s = new Stretch(id, start, start + random.nextInt(random.nextInt(10) == 0 ? 5_000 : 80));
                index.put(id, s);
                all.put(id, s);
            }
            int from = random.nextInt(10_000);
            int to = from + 1 + random.nextInt(300);
            Set<String> walked = all.values().stream().filter(s -> s.end() > s.start() && s.start() < to
                    && s.end() > from).map(Stretch::id).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(walked, over(index, from, to), "over [" + from + ", " + to + ")");
        }
        assertEquals(List.copyOf(new TreeSet<>(all.keySet())), List.copyOf(new TreeSet<>(index.asMap().keySet())));
    }
}
