package dev.kernlint.fleet;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * The hosts (by input index) that have one value of one key. Most keys have one value on nearly every host, a few
 * have a value per host: a short int array while the set is small, a bit set once that is smaller, so a 10,000
 * host fleet costs about a kilobyte per common value and a few bytes per rare one.
 */
final class HostSet {
    private int[] ids = new int[2];
    private int size;
    private BitSet bits;

    void add(int id) {
        if (bits != null) {
            bits.set(id);
            size++;
            return;
        }
        if (size == ids.length) {
            // a bit set costs about highest-id / 8 bytes, the array 4 bytes a host: switch when the array is the bigger
            if (size * 4 > (id >> 3) + 64) {
                bits = new BitSet(id + 1);
                for (int i = 0; i < size; i++) {
                    bits.set(ids[i]);
                }
                bits.set(id);
                ids = null;
                size++;
                return;
            }
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    int size() {
        return size;
    }

    void forEach(IntConsumer each) {
        if (bits != null) {
            bits.stream().forEach(each);
        } else {
            for (int i = 0; i < size; i++) {
                each.accept(ids[i]);
            }
        }
    }
}
