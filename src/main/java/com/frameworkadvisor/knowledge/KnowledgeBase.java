package com.frameworkadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole knowledge base as loaded from its JSON file; immutable, and the same shape as the file.
 * Lists keep the file's order, which is the order pages present things in.
 *
 * @param defaultCandidates the ids of the frameworks in the running when nobody chose, as the file names them; empty
 *     when the file does not, which means every framework (see {@link #candidatesByDefault()})
 */
public record KnowledgeBase(
        String version,
        List<Framework> frameworks,
        List<Source> sources,
        List<CriterionGroup> groups,
        List<Criterion> criteria,
        List<Profile> profiles,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> defaultCandidates) {

    public KnowledgeBase {
        frameworks = List.copyOf(frameworks);
        sources = List.copyOf(sources);
        groups = List.copyOf(groups);
        criteria = List.copyOf(criteria);
        profiles = List.copyOf(profiles);
        defaultCandidates = defaultCandidates == null ? List.of() : List.copyOf(defaultCandidates);
    }

    /** A knowledge base that names no default candidates: every framework is in the running unless chosen otherwise. */
    public KnowledgeBase(
            String version,
            List<Framework> frameworks,
            List<Source> sources,
            List<CriterionGroup> groups,
            List<Criterion> criteria,
            List<Profile> profiles) {
        this(version, frameworks, sources, groups, criteria, profiles, List.of());
    }

    /**
     * The ids of the frameworks in the running when nobody chose, in the knowledge base's order: the file's
     * {@code defaultCandidates}, or every framework when it names none.
     */
    public List<String> candidatesByDefault() {
        return defaultCandidates.isEmpty()
                ? frameworks.stream().map(Framework::id).toList()
                : inFrameworkOrder(defaultCandidates);
    }

    /** The frameworks a preset puts in the running: its own candidates, or else the version's defaults. */
    public List<String> candidatesFor(Profile profile) {
        return profile.candidates().isEmpty() ? candidatesByDefault() : inFrameworkOrder(profile.candidates());
    }

    /**
     * The given framework ids once each, in the knowledge base's order (the order pages and canonical links use);
     * ids that are not frameworks of this version are left out.
     */
    public List<String> inFrameworkOrder(Collection<String> ids) {
        return frameworks.stream().map(Framework::id).filter(ids::contains).toList();
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
