package org.dadkhah.linkage;

import java.util.Arrays;

/** A growable list of ints (candidate pairs run into the millions; boxed lists would not fit). */
final class IntList {

    private int[] items = new int[16];
    private int size;

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[size++] = value;
    }

    int get(int index) {
        return items[index];
    }

    void set(int index, int value) {
        items[index] = value;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
