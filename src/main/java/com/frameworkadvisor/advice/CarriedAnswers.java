package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.PublishedVersion;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.Weights;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers given with an older knowledge-base version, carried over to a later one, so an old result can say what
 * today's knowledge would say. A criterion that is still there keeps its answer; one that {@link Criterion#replaces()
 * replaces} older criteria takes their answer (the highest weight, and must-have if any was); an answer whose
 * criterion is gone is dropped and named; a criterion that is new starts at 0 and is named.
 *
 * @param from the version the answers were given with
 * @param to the version they are carried to
 * @param weights a weight for every criterion of {@code to}, in its order; all may be 0
 * @param mustHaves must-haves of {@code to}, in its order
 * @param dropped the answered criteria of {@code from} (weight above 0, or must-have) that {@code to} has no place for
 * @param added the criteria of {@code to} that no criterion of {@code from} leads to, at weight 0
 * @param renamed the answered criteria of {@code from} whose answer another criterion of {@code to} took over
 */
public record CarriedAnswers(
        KnowledgeBase from,
        KnowledgeBase to,
        Map<String, Integer> weights,
        List<String> mustHaves,
        List<Criterion> dropped,
        List<Criterion> added,
        List<Replacement> renamed) {

    /** An answered criterion of the old version and the criterion of the new one that took its answer. */
    public record Replacement(Criterion before, Criterion after) {}

    public CarriedAnswers {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        mustHaves = List.copyOf(mustHaves);
        dropped = List.copyOf(dropped);
        added = List.copyOf(added);
        renamed = List.copyOf(renamed);
    }

    /**
     * Carries answers from {@code from} to {@code to} through every version published in between, so a criterion
     * replaced twice (a by b, then b by c) still reaches c.
     *
     * @param weights the answers' weights by criterion id of {@code from}; ids it does not have are ignored
     */
    public static CarriedAnswers carry(
            KnowledgeBases kbs,
            KnowledgeBase from,
            KnowledgeBase to,
            Map<String, Integer> weights,
            List<String> mustHaves) {
        // Each criterion of the version reached so far, with the criteria of `from` its answer comes from.
        Map<String, Set<String>> origins = new LinkedHashMap<>();
        from.criteria().forEach(c -> origins.put(c.id(), Set.of(c.id())));
        for (KnowledgeBase step : between(kbs, from, to)) {
            Map<String, Set<String>> next = new LinkedHashMap<>();
            for (Criterion criterion : step.criteria()) {
                Set<String> sources = new LinkedHashSet<>(origins.getOrDefault(criterion.id(), Set.of()));
                criterion.replaces().forEach(old -> sources.addAll(origins.getOrDefault(old, Set.of())));
                next.put(criterion.id(), sources);
            }
            origins.clear();
            origins.putAll(next);
        }

        Map<String, Integer> carried = new LinkedHashMap<>();
        List<String> carriedMustHaves = new ArrayList<>();
        List<Criterion> added = new ArrayList<>();
        List<Replacement> renamed = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>();
        for (Criterion criterion : to.criteria()) {
            Set<String> sources = origins.getOrDefault(criterion.id(), Set.of());
            reached.addAll(sources);
            if (sources.isEmpty()) {
                added.add(criterion);
            }
            carried.put(
                    criterion.id(),
                    sources.stream()
                            .mapToInt(id -> weights.getOrDefault(id, 0))
                            .max()
                            .orElse(0));
            if (sources.stream().anyMatch(mustHaves::contains)) {
                carriedMustHaves.add(criterion.id());
            }
            sources.stream()
                    .filter(id -> !id.equals(criterion.id()) && answered(id, weights, mustHaves))
                    .forEach(
                            id -> renamed.add(new Replacement(from.criterion(id).orElseThrow(), criterion)));
        }
        List<Criterion> dropped = from.criteria().stream()
                .filter(c -> !reached.contains(c.id()) && answered(c.id(), weights, mustHaves))
                .toList();
        return new CarriedAnswers(from, to, carried, carriedMustHaves, dropped, added, renamed);
    }

    /** Carries a valid result's answers to today's version. */
    static CarriedAnswers toCurrent(KnowledgeBases kbs, KnowledgeBase from, Answers answers) {
        return carry(kbs, from, kbs.current(), answers.weights().values(), answers.mustHaves());
    }

    /**
     * The frameworks in the running, carried to another version: those it still has, in its order; when fewer than two
     * are left (or none were chosen), its own default candidates. Empty means those defaults, as in {@link Answers}.
     */
    public static List<String> carryCandidates(KnowledgeBase to, List<String> candidates) {
        List<String> kept = to.inFrameworkOrder(candidates);
        return kept.size() < 2 ? List.of() : ResultsLink.canonicalCandidates(to, kept);
    }

    /** Whether anything of the answers survives: some weight above 0, so today's knowledge can rank with them. */
    boolean survives() {
        return weights.values().stream().anyMatch(w -> w > 0);
    }

    /** The carried answers as answers the scorer takes, or empty when nothing survives. */
    Optional<Answers> answers() {
        return survives() ? Optional.of(new Answers(new Weights(weights), mustHaves)) : Optional.empty();
    }

    private static boolean answered(String id, Map<String, Integer> weights, List<String> mustHaves) {
        return weights.getOrDefault(id, 0) > 0 || mustHaves.contains(id);
    }

    /** The versions after {@code from} up to and including {@code to}, oldest first. */
    private static List<KnowledgeBase> between(KnowledgeBases kbs, KnowledgeBase from, KnowledgeBase to) {
        PublishedVersion start = kbs.published(from);
        PublishedVersion end = kbs.published(to);
        return kbs.versions().stream()
                .filter(v -> start.isBefore(v) && !end.isBefore(v))
                .map(v -> kbs.find(v.version()).orElseThrow())
                .toList();
    }
}
