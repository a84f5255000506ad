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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> defaultCandidates,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Question> questions) {

    public KnowledgeBase {
        questions = questions == null ? List.of() : List.copyOf(questions);
        frameworks = List.copyOf(frameworks);
        sources = List.copyOf(sources);
        groups = List.copyOf(groups);
        criteria = List.copyOf(criteria);
        profiles = List.copyOf(profiles);
        defaultCandidates = defaultCandidates == null ? List.of() : List.copyOf(defaultCandidates);
    }

    /** A knowledge base without project questions (every version before 2026.11.3). */
    public KnowledgeBase(
            String version,
            List<Framework> frameworks,
            List<Source> sources,
            List<CriterionGroup> groups,
            List<Criterion> criteria,
            List<Profile> profiles,
            List<String> defaultCandidates) {
        this(version, frameworks, sources, groups, criteria, profiles, defaultCandidates, List.of());
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

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The criterion the user rates (their team's experience), if this version has one. */
    public Optional<Criterion> userRatedCriterion() {
        return criteria.stream().filter(Criterion::userRated).findFirst();
    }

    /**
     * This knowledge base with the user-rated criterion rated for a team that knows these frameworks (5 each, every
     * other framework 1; empty: none). The same instance for the same answer, so a scorer keeps one rating table for
     * it; itself when the version has no user-rated criterion.
     */
    public KnowledgeBase ratedByTeamKnowing(java.util.Collection<String> known) {
        if (userRatedCriterion().isEmpty()) {
            return this;
        }
        return TeamRatedVersions.of(this, java.util.Set.copyOf(known));
    }

    /** This version's user-rated criterion replaced by {@code rated}; see {@link TeamRatedVersions}. */
    KnowledgeBase withCriteria(List<Criterion> replaced) {
        return new KnowledgeBase(
                version, frameworks, sources, groups, replaced, profiles, defaultCandidates, questions);
    }

    public List<Criterion> criteriaIn(CriterionGroup group) {
        return criteria.stream().filter(c -> c.group().equals(group.id())).toList();
    }
}
