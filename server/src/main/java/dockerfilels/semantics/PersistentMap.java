package dockerfilels.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable map from names to values that shares structure with the map it was made from (a
 * hash array mapped trie): {@link #with} copies only the path to one key, O(log32 n) nodes, so a
 * chain of n maps, each one entry more than the last, costs O(n log n) time and memory where
 * copying would cost O(n^2). Each entry also keeps the order in which its key was first put, for
 * the callers that list names in that order.
 */
final class PersistentMap<V> {
    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    private static final PersistentMap<?> EMPTY = new PersistentMap<>(new Node(0, new Object[0]), 0);

    /** One entry: its key, value, and the position at which its key was first put. */
    record Entry<V>(String key, int hash, V value, int order) {
    }

    /** A trie level: the bitmap says which of the 32 hash slices have a slot, the slots hold entries or nodes. */
    private record Node(int bitmap, Object[] slots) {
    }

    /** Entries whose keys have the same hash. */
    private record Collision(int hash, Entry<?>[] entries) {
    }

    private final Node root;
    private final int size;

    private PersistentMap(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <V> PersistentMap<V> empty() {
        return (PersistentMap<V>) EMPTY;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The value of {@code key}, or null. */
    V get(String key) {
        Entry<V> e = entry(key);
        return e == null ? null : e.value();
    }

    boolean containsKey(String key) {
        return entry(key) != null;
    }

    @SuppressWarnings("unchecked")
    private Entry<V> entry(String key) {
        int hash = key.hashCode();
        Node node = root;
        for (int shift = 0; ; shift += BITS) {
            int bit = 1 << ((hash >>> shift) & MASK);
            if ((node.bitmap() & bit) == 0) {
                return null;
            }
            Object slot = node.slots()[Integer.bitCount(node.bitmap() & (bit - 1))];
            if (slot instanceof Node child) {
                node = child;
            } else if (slot instanceof Entry<?> e) {
                return e.key().equals(key) ? (Entry<V>) e : null;
            } else {
                for (Entry<?> e : ((Collision) slot).entries()) {
                    if (e.key().equals(key)) {
                        return (Entry<V>) e;
                    }
                }
                return null;
            }
        }
    }

    /** This map with {@code key} set to {@code value}; a key already present keeps its order. */
    PersistentMap<V> with(String key, V value) {
        Entry<V> old = entry(key);
        Entry<V> entry = new Entry<>(key, key.hashCode(), value, old == null ? size : old.order());
        return new PersistentMap<>(put(root, entry, 0), old == null ? size + 1 : size);
    }

    /** The entries in the order their keys were first put. */
    List<Entry<V>> entriesInOrder() {
        @SuppressWarnings("unchecked")
        Entry<V>[] ordered = new Entry[size];
        collect(root, ordered);
        return List.of(ordered);
    }

    @SuppressWarnings("unchecked")
    private static <V> void collect(Node node, Entry<V>[] into) {
        for (Object slot : node.slots()) {
            if (slot instanceof Node child) {
                collect(child, into);
            } else if (slot instanceof Entry<?> e) {
                into[e.order()] = (Entry<V>) e;
            } else {
                for (Entry<?> e : ((Collision) slot).entries()) {
                    into[e.order()] = (Entry<V>) e;
                }
            }
        }
    }

    private static Node put(Node node, Entry<?> entry, int shift) {
        int bit = 1 << ((entry.hash() >>> shift) & MASK);
        int index = Integer.bitCount(node.bitmap() & (bit - 1));
        Object[] slots = node.slots();
        if ((node.bitmap() & bit) == 0) {
            Object[] grown = new Object[slots.length + 1];
            System.arraycopy(slots, 0, grown, 0, index);
            grown[index] = entry;
            System.arraycopy(slots, index, grown, index + 1, slots.length - index);
            return new Node(node.bitmap() | bit, grown);
        }
        Object slot = slots[index];
        Object replacement;
        if (slot instanceof Node child) {
            replacement = put(child, entry, shift + BITS);
        } else if (slot instanceof Entry<?> e) {
            if (e.key().equals(entry.key())) {
                replacement = entry;
            } else if (e.hash() == entry.hash()) {
                replacement = new Collision(e.hash(), new Entry<?>[] {e, entry});
            } else {
                replacement = put(put(new Node(0, new Object[0]), e, shift + BITS), entry, shift + BITS);
            }
        } else {
            Collision c = (Collision) slot;
            replacement = c.hash() == entry.hash() ? withEntry(c, entry)
                    : put(new Node(1 << ((c.hash() >>> (shift + BITS)) & MASK), new Object[] {c}), entry, shift + BITS);
        }
        Object[] copy = slots.clone();
        copy[index] = replacement;
        return new Node(node.bitmap(), copy);
    }

    private static Collision withEntry(Collision c, Entry<?> entry) {
        List<Entry<?>> entries = new ArrayList<>(List.of(c.entries()));
        entries.removeIf(e -> e.key().equals(entry.key()));
        entries.add(entry);
        return new Collision(c.hash(), entries.toArray(new Entry<?>[0]));
    }
}
