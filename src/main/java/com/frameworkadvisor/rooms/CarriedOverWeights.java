package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's weights, given under one knowledge-base version, as they read under later ones: a weight on a criterion
 * that is gone is dropped, a new criterion weighs 0, and a criterion that {@linkplain Criterion#replaces() replaces}
 * an old one takes its weight. Only for showing what a newer version would say; a room keeps computing with its own.
 */
final class CarriedOverWeights {

    private CarriedOverWeights() {}

    /**
     * @param weights the weights as given, by criterion id
     * @param later the versions after the one they were given in, oldest first: a criterion names only what it
     *     replaces in the version before it, so the weights are carried one version at a time
     */
    static Map<String, Integer> carry(Map<String, Integer> weights, List<KnowledgeBase> later) {
        Map<String, Integer> carried = weights;
        for (KnowledgeBase kb : later) {
            carried = carry(carried, kb);
        }
        return carried;
    }

    /** The weights on every criterion of {@code kb}, in its order. */
    static Map<String, Integer> carry(Map<String, Integer> weights, KnowledgeBase kb) {
        Map<String, Integer> carried = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            Integer weight = weights.get(criterion.id());
            if (weight == null) {
                // Merged criteria: the one that mattered most to the member speaks for them.
                weight = criterion.replaces().stream()
                        .map(weights::get)
                        .filter(w -> w != null)
                        .max(Integer::compare)
                        .orElse(0);
            }
            carried.put(criterion.id(), weight);
        }
        return carried;
    }
}
