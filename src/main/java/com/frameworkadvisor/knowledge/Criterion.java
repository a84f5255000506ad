package com.frameworkadvisor.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Something a project may care about, with each framework's rating on it keyed by framework id. */
public record Criterion(
        String id,
        String name,
        String group,
        String question,
        String description,
        int defaultWeight,
        Map<String, Rating> ratings) {

    public Criterion {
        // Keeps the file's order, which is the order pages show frameworks in.
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }

    /** The rating of the given framework; the knowledge base guarantees every framework has one. */
    public Rating ratingOf(String frameworkId) {
        Rating rating = ratings.get(frameworkId);
        if (rating == null) {
            throw new IllegalArgumentException("Criterion " + id + " has no rating for " + frameworkId);
        }
        return rating;
    }
}
