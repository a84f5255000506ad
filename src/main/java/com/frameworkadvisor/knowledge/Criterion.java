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
 * @param ratedBy {@code "user"} for the one criterion the user rates (their team's experience, from 2026.11.3): it has
 *     no ratings in the file, and each framework is rated 5 if the team knows it, else 1 ({@link #userRated}); null
 *     for every criterion the knowledge base rates
 */
public record Criterion(
        String id,
        String name,
        String group,
        String question,
        String description,
        int defaultWeight,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Rating> ratings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> replaces,
        @JsonInclude(JsonInclude.Include.NON_NULL) String ratedBy) {

    /** The value of {@code ratedBy} for the criterion the user rates. */
    public static final String RATED_BY_USER = "user";
    /** A user-rated criterion's rating of a framework the team knows. */
    public static final double KNOWN = 5;
    /** A user-rated criterion's rating of a framework the team does not know, or of every one before they said. */
    public static final double NOT_KNOWN = 1;

    public Criterion {
        // Keeps the file's order, which is the order pages show frameworks in.
        ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    /** A criterion the knowledge base rates. */
    public Criterion(
            String id,
            String name,
            String group,
            String question,
            String description,
            int defaultWeight,
            Map<String, Rating> ratings,
            List<String> replaces) {
        this(id, name, group, question, description, defaultWeight, ratings, replaces, null);
    }

    /** Whether the user rates this criterion (their team's experience) rather than the knowledge base. */
    public boolean userRated() {
        return RATED_BY_USER.equals(ratedBy);
    }

    /**
     * This user-rated criterion with each framework rated: {@link #KNOWN} for those in {@code known}, else
     * {@link #NOT_KNOWN}, with a rationale that says the user rated it.
     */
    Criterion ratedFor(List<String> frameworkIds, java.util.Set<String> known, Map<String, String> names) {
        Map<String, Rating> rated = new LinkedHashMap<>();
        for (String id : frameworkIds) {
            String name = names.getOrDefault(id, id);
            rated.put(
                    id,
                    known.contains(id)
                            ? new Rating(KNOWN, "Rated by you: your team knows " + name + ".", List.of())
                            : new Rating(
                                    NOT_KNOWN,
                                    known.isEmpty()
                                            ? "Rated by you: your team knows none of these frameworks, so each scores 1."
                                            : "Rated by you: your team does not know " + name + ".",
                                    List.of()));
        }
        return new Criterion(id, name, group, question, description, defaultWeight, rated, replaces, ratedBy);
    }

    /**
     * The rating of the given framework; the knowledge base guarantees every framework has one, except on the
     * user-rated criterion before the user said which frameworks their team knows ({@link #NOT_KNOWN} then).
     */
    public Rating ratingOf(String frameworkId) {
        Rating rating = ratings.get(frameworkId);
        if (rating == null && userRated()) {
            // Before the user said which frameworks their team knows, its weight is 0 and every framework scores 1.
            return new Rating(NOT_KNOWN, "Rated by you: 5 if your team knows it, else 1.", List.of());
        }
        if (rating == null) {
            throw new IllegalArgumentException("Criterion " + id + " has no rating for " + frameworkId);
        }
        return rating;
    }
}
