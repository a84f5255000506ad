package com.frameworkadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A preset of weights for a common kind of project.
 *
 * @param candidates the ids of the frameworks this preset puts in the running; empty when it names none, which means
 *     the version's default candidates (see {@link KnowledgeBase#candidatesFor(Profile)})
 * @param reasons one line per criterion id saying why the preset weighs it so high (4–5) or so low (0–1), tied to its
 *     description; empty in versions from before presets gave reasons
 */
public record Profile(
        String id,
        String name,
        String description,
        Map<String, Integer> weights,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> candidates,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> reasons) {

    public Profile {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        reasons = reasons == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** A preset that gives no reasons for its weights. */
    public Profile(String id, String name, String description, Map<String, Integer> weights, List<String> candidates) {
        this(id, name, description, weights, candidates, Map.of());
    }

    /** A preset that leaves the version's default candidates in the running. */
    public Profile(String id, String name, String description, Map<String, Integer> weights) {
        this(id, name, description, weights, List.of());
    }
}
