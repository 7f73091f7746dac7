package nl.veldwerk.store;

/**
 * Values found by a string's characters as the JSON parser holds them in its buffer, so that a value a part
 * repeats (a quotation's document, a coding's quotation, code, coder and time) is looked up without first
 * being made into a new string: opening a million-quotation project made and dropped about five million of
 * those. Keys are compared character by character with {@link String#hashCode()}'s hash; open addressing,
 * kept at most half full. Not thread-safe for writing: a table filled before the parsing threads start may
 * be read by all of them.
 */
final class CharsTable<V> {
    private String[] keys;
    private Object[] values;
    private int[] hashes;
    private int size;

    CharsTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new String[capacity];
        values = new Object[capacity];
        hashes = new int[capacity];
    }

    /** The value of the key with these characters, or null. */
    @SuppressWarnings("unchecked")
    V get(char[] chars, int offset, int length) {
        int hash = hash(chars, offset, length);
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return null;
            }
            if (hashes[slot] == hash && sameChars(key, chars, offset, length)) {
                return (V) values[slot];
            }
        }
    }

    /** Puts the value for the key (replacing a value for an equal key). */
    void put(String key, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int hash = key.hashCode();
        int mask = keys.length - 1;
        int slot = spread(hash) & mask;
        while (keys[slot] != null && !(hashes[slot] == hash && keys[slot].equals(key))) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == null) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = hash;
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], (V) oldValues[i]); // a string's hash is kept in it: not worked out again
            }
        }
    }

    /** {@link String#hashCode()} of these characters. */
    static int hash(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    /** Ids that differ in their last characters hash close together: the high bits are folded in. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static boolean sameChars(String key, char[] chars, int offset, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
