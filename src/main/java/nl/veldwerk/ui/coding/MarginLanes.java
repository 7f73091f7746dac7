package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lane of the margin each quotation's bracket takes, so overlapping quotations stand side by side
 * (lane 0 is nearest the text). Quotations that do not overlap share a lane. A quotation added later takes
 * the lowest lane free along its stretch and the others keep theirs, so coding never makes the brackets
 * on screen jump; a full recount (another document, a change to codes) packs them again. Two quotations that
 * share no character can still share a line on screen (one ends where the other begins): the margin finds them
 * as it draws, and {@link #separate} keeps them apart from then on.
 */
final class MarginLanes {
    /** A quotation's stretch of text, without the white space around it. */
    record Stretch(String id, int start, int end) {
    }

    private final Map<String, Stretch> stretches = new HashMap<>();
    private final Map<String, Integer> lanes = new HashMap<>();
    /** Quotations found to share a line on screen with each other, though not a character. */
    private final Map<String, java.util.Set<String>> sharingALine = new HashMap<>();
    private int count;

    /** Assigns every lane anew: in reading order, each quotation in the lowest lane free where it starts. */
    void assignAll(Collection<Stretch> all) {
        stretches.clear();
        lanes.clear();
        sharingALine.clear();
        List<Stretch> sorted = new ArrayList<>(all);
        // Longer first where two start together, so the longer one is the outer of two nested brackets.
        sorted.sort(Comparator.comparingInt(Stretch::start).thenComparing(Comparator.comparingInt(Stretch::end)
                .reversed()));
        List<Integer> laneEnds = new ArrayList<>();
        for (Stretch s : sorted) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > s.start()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(s.end());
            } else {
                laneEnds.set(lane, s.end());
            }
            stretches.put(s.id(), s);
            lanes.put(s.id(), lane);
        }
        count = laneEnds.size();
    }

    /** Adds (or moves) one quotation: it takes the lowest lane no overlapping quotation uses. */
    void put(Stretch s) {
        stretches.remove(s.id());
        lanes.remove(s.id());
        settle(s);
    }

    /** Puts a quotation in the lowest lane that no quotation it overlaps, or shares a line with, uses. */
    private void settle(Stretch s) {
        BitSet taken = new BitSet();
        java.util.Set<String> beside = sharingALine.getOrDefault(s.id(), java.util.Set.of());
        for (Stretch other : stretches.values()) {
            if (!other.id().equals(s.id()) && (other.start() < s.end() && s.start() < other.end()
                    || beside.contains(other.id()))) {
                taken.set(lanes.get(other.id()));
            }
        }
        int lane = taken.nextClearBit(0);
        stretches.put(s.id(), s);
        lanes.put(s.id(), lane);
        count = Math.max(count, lane + 1);
    }

    /**
     * Two quotations drawn in one lane over the same line (sharing no character, so counted apart): {@code moves}
     * goes to a lane free of both its overlaps and the quotations it shares a line with, and stays there.
     * Returns whether a lane changed.
     */
    boolean separate(String stays, String moves) {
        Stretch moving = stretches.get(moves);
        if (!stretches.containsKey(stays) || moving == null || laneOf(stays) != laneOf(moves)) {
            return false;
        }
        sharingALine.computeIfAbsent(stays, k -> new java.util.HashSet<>()).add(moves);
        sharingALine.computeIfAbsent(moves, k -> new java.util.HashSet<>()).add(stays);
        settle(moving);
        return true;
    }

    void remove(String id) {
        stretches.remove(id);
        lanes.remove(id);
        java.util.Set<String> beside = sharingALine.remove(id);
        if (beside != null) {
            beside.forEach(other -> sharingALine.getOrDefault(other, java.util.Set.of()).remove(id));
        }
    }

    /** The quotation's lane, or -1 when it has none. */
    int laneOf(String id) {
        return lanes.getOrDefault(id, -1);
    }

    /** How many lanes the document needs (the deepest overlap since the last full count). */
    int count() {
        return count;
    }
}
