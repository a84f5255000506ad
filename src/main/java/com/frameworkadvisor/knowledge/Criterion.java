package com.frameworkadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Something a project may care about, with each framework's rating on it keyed by framework id.
 *
 * @param replaces ids of criteria of earlier versions that this one takes the place of: an answer given for one of
 *     them carries over to this one when an old result is shown with today's knowledge
 */
public record Criterion(
        String id,
        String name,
        String group,
        String question,
        String description,
        int defaultWeight,
        Map<String, Rating> ratings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> replaces) {

    public Criterion {
        // Keeps the file's order, which is the order pages show frameworks in.
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
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
