package com.frameworkadvisor.scoring;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Each criterion's contribution to one framework's score, keyed by criterion id in the knowledge base's order: an
 * immutable map over a {@code double[]}.
 *
 * <p>Every evaluation makes one of these per framework, and most readers look up a few values or none; a linked hash
 * map would cost a node and a boxed {@code Double} per criterion up front. Here a value is boxed only when it is read
 * through the {@link java.util.Map} interface. Equality, hash code and {@code toString} are those of any map.
 */
final class Contributions extends AbstractMap<String, Double> {

    private final RatingTable table;
    private final double[] values;

    /** Takes ownership of {@code values}, one per criterion of {@code table}; the caller must not change them. */
    Contributions(RatingTable table, double[] values) {
        if (values.length != table.criteria()) {
            throw new IllegalArgumentException("one contribution per criterion expected, got " + values.length);
        }
        this.table = table;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object criterionId) {
        return table.criterionIndexOrNone(criterionId) >= 0;
    }

    @Override
    public Double get(Object criterionId) {
        int index = table.criterionIndexOrNone(criterionId);
        return index < 0 ? null : values[index];
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Double> entry = new SimpleImmutableEntry<>(table.criterionId(next), values[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
