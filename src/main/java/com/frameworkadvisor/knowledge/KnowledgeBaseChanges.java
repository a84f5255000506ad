package com.frameworkadvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one knowledge-base version to the next, computed from the two versions alone, so the list of
 * changes a page shows can never disagree with the knowledge it describes. Lists follow the newer version's order
 * (the older one's for what was removed), which is the order pages show things in.
 *
 * @param replaced criteria of the previous version that a criterion of the next one {@link Criterion#replaces
 *     replaces}; they are in neither {@code criteriaRemoved} nor, when the replacing criterion is new,
 *     {@code criteriaAdded}
 * @param scores every rating whose score changed, on a criterion and framework both versions have; a new criterion
 *     that replaces exactly one criterion is compared with that one, as it takes its place
 * @param evidence every rating whose rationale or list of sources (with its order, which is the order shown) changed,
 *     on the same terms as {@code scores}
 */
public record KnowledgeBaseChanges(
        String from,
        String to,
        List<Named> frameworksAdded,
        List<Named> frameworksRemoved,
        List<Named> criteriaAdded,
        List<Named> criteriaRemoved,
        List<Replacement> replaced,
        List<Named> presetsAdded,
        List<Named> presetsRemoved,
        List<ScoreChange> scores,
        List<EvidenceChange> evidence) {

    public KnowledgeBaseChanges {
        frameworksAdded = List.copyOf(frameworksAdded);
        frameworksRemoved = List.copyOf(frameworksRemoved);
        criteriaAdded = List.copyOf(criteriaAdded);
        criteriaRemoved = List.copyOf(criteriaRemoved);
        replaced = List.copyOf(replaced);
        presetsAdded = List.copyOf(presetsAdded);
        presetsRemoved = List.copyOf(presetsRemoved);
        scores = List.copyOf(scores);
        evidence = List.copyOf(evidence);
    }

    /** A framework, criterion or preset, by id and by the name pages show. */
    public record Named(String id, String name) {}

    /** A criterion of the previous version and the criteria of the next one that replace it. */
    public record Replacement(Named criterion, List<Named> replacedBy) {

        public Replacement {
            replacedBy = List.copyOf(replacedBy);
        }
    }

    /** A framework's score on a criterion, before and after. */
    public record ScoreChange(Named criterion, Named framework, double from, double to) {}

    /** Which part of a rating's evidence changed. */
    public enum Evidence {
        RATIONALE,
        SOURCES,
        RATIONALE_AND_SOURCES
    }

    /** A framework's rating on a criterion whose rationale, sources or both changed. */
    public record EvidenceChange(Named criterion, Named framework, Evidence changed) {}

    /** The changes that make {@code next} out of {@code previous}. */
    public static KnowledgeBaseChanges between(KnowledgeBase previous, KnowledgeBase next) {
        Set<String> nextCriteria = ids(next.criteria(), Criterion::id);
        List<Criterion> removed = previous.criteria().stream()
                .filter(c -> !nextCriteria.contains(c.id()))
                .toList();

        Map<Criterion, List<Named>> replacements = new LinkedHashMap<>();
        for (Criterion old : removed) {
            List<Named> by = next.criteria().stream()
                    .filter(c -> c.replaces().contains(old.id()))
                    .map(KnowledgeBaseChanges::named)
                    .toList();
            if (!by.isEmpty()) {
                replacements.put(old, by);
            }
        }
        Set<String> replacing = replacements.values().stream()
                .flatMap(List::stream)
                .map(Named::id)
                .collect(Collectors.toSet());
        Set<String> previousCriteria = ids(previous.criteria(), Criterion::id);

        List<ScoreChange> scores = new ArrayList<>();
        List<EvidenceChange> evidence = new ArrayList<>();
        Set<String> previousFrameworks = ids(previous.frameworks(), Framework::id);
        for (Criterion criterion : next.criteria()) {
            Optional<Criterion> before = counterpart(criterion, previous, replacements.keySet());
            if (before.isEmpty()) {
                continue;
            }
            for (Framework framework : next.frameworks()) {
                if (!previousFrameworks.contains(framework.id())) {
                    continue;
                }
                Rating was = before.get().ratingOf(framework.id());
                Rating is = criterion.ratingOf(framework.id());
                if (Double.compare(was.score(), is.score()) != 0) {
                    scores.add(new ScoreChange(named(criterion), named(framework), was.score(), is.score()));
                }
                boolean rationale = !was.rationale().equals(is.rationale());
                boolean sources = !was.sources().equals(is.sources());
                if (rationale || sources) {
                    evidence.add(new EvidenceChange(
                            named(criterion),
                            named(framework),
                            rationale && sources
                                    ? Evidence.RATIONALE_AND_SOURCES
                                    : rationale ? Evidence.RATIONALE : Evidence.SOURCES));
                }
            }
        }

        return new KnowledgeBaseChanges(
                previous.version(),
                next.version(),
                only(next.frameworks(), previous.frameworks(), Framework::id, KnowledgeBaseChanges::named),
                only(previous.frameworks(), next.frameworks(), Framework::id, KnowledgeBaseChanges::named),
                next.criteria().stream()
                        .filter(c -> !previousCriteria.contains(c.id()) && !replacing.contains(c.id()))
                        .map(KnowledgeBaseChanges::named)
                        .toList(),
                removed.stream()
                        .filter(c -> !replacements.containsKey(c))
                        .map(KnowledgeBaseChanges::named)
                        .toList(),
                replacements.entrySet().stream()
                        .map(e -> new Replacement(named(e.getKey()), e.getValue()))
                        .toList(),
                only(next.profiles(), previous.profiles(), Profile::id, KnowledgeBaseChanges::named),
                only(previous.profiles(), next.profiles(), Profile::id, KnowledgeBaseChanges::named),
                scores,
                evidence);
    }

    /** Whether nothing this lists changed: no addition, removal, replacement, score or evidence. */
    public boolean isEmpty() {
        return frameworksAdded.isEmpty()
                && frameworksRemoved.isEmpty()
                && criteriaAdded.isEmpty()
                && criteriaRemoved.isEmpty()
                && replaced.isEmpty()
                && presetsAdded.isEmpty()
                && presetsRemoved.isEmpty()
                && scores.isEmpty()
                && evidence.isEmpty();
    }

    /**
     * The criterion of the previous version whose ratings this one's are compared with: the same id, or else the one
     * removed criterion it alone replaces. A criterion that merges several has no single predecessor to compare with.
     */
    private static Optional<Criterion> counterpart(
            Criterion criterion, KnowledgeBase previous, Set<Criterion> replacedCriteria) {
        Optional<Criterion> same = previous.criterion(criterion.id());
        if (same.isPresent()) {
            return same;
        }
        List<Criterion> replaces = replacedCriteria.stream()
                .filter(old -> criterion.replaces().contains(old.id()))
                .toList();
        return replaces.size() == 1 ? Optional.of(replaces.get(0)) : Optional.empty();
    }

    /** The items of {@code these} whose id is not among {@code those}, in their own order. */
    private static <T> List<Named> only(
            List<T> these, List<T> those, Function<T, String> id, Function<T, Named> named) {
        Set<String> others = ids(those, id);
        return these.stream()
                .filter(t -> !others.contains(id.apply(t)))
                .map(named)
                .toList();
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private static Named named(Framework framework) {
        return new Named(framework.id(), framework.name());
    }

    private static Named named(Criterion criterion) {
        return new Named(criterion.id(), criterion.name());
    }

    private static Named named(Profile profile) {
        return new Named(profile.id(), profile.name());
    }
}
