package com.frameworkadvisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole knowledge base as loaded from its JSON file; immutable, and the same shape as the file.
 * Lists keep the file's order, which is the order pages present things in.
 */
public record KnowledgeBase(
        String version,
        List<Framework> frameworks,
        List<Source> sources,
        List<CriterionGroup> groups,
        List<Criterion> criteria,
        List<Profile> profiles) {

    public KnowledgeBase {
        frameworks = List.copyOf(frameworks);
        sources = List.copyOf(sources);
        groups = List.copyOf(groups);
        criteria = List.copyOf(criteria);
        profiles = List.copyOf(profiles);
    }

    public Optional<Framework> framework(String id) {
        return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The sources with these ids, in the given order; ids that are not sources are left out. */
    public List<Source> sources(List<String> ids) {
        return ids.stream().map(this::source).flatMap(Optional::stream).toList();
    }

    public Optional<Profile> profile(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Each criterion's default weight, in criterion order: the answers a fresh questionnaire starts from. */
    public Map<String, Integer> defaultWeights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        criteria.forEach(c -> weights.put(c.id(), c.defaultWeight()));
        return weights;
    }

    public List<Criterion> criteriaIn(CriterionGroup group) {
        return criteria.stream().filter(c -> c.group().equals(group.id())).toList();
    }
}
