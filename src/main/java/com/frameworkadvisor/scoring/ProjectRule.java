package com.frameworkadvisor.scoring;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule that turns project answers into weights (ADR 0015):
 *
 * <ol>
 *   <li>every criterion starts at the version's default weight;
 *   <li>each answered question moves the criteria its chosen option names by that option's change (with several
 *       options chosen, by the largest change among them, so a question counts once);
 *   <li>the sum is kept within 0–5;
 *   <li>the chosen options' must-haves are the derived must-haves.
 * </ol>
 *
 * <p>A criterion's reason is the questions whose chosen options name it, or none ("default"). The order of the
 * questions does not matter: changes add up. Plain Java, no Spring.
 */
public final class ProjectRule {

    private ProjectRule() {}

    /**
     * The weights, reasons and must-haves a set of answers derives.
     *
     * @param weights every criterion's derived weight, in criterion order
     * @param reasons each criterion's question ids that moved it, in question order; empty where the default stands
     * @param changes each criterion's total change before keeping it within 0–5 (0 where none)
     * @param mustHaves the derived must-haves, in criterion order
     */
    public record Derived(
            Map<String, Integer> weights,
            Map<String, List<String>> reasons,
            Map<String, Integer> changes,
            List<String> mustHaves) {

        public Derived {
            weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
            reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
            changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
            mustHaves = List.copyOf(mustHaves);
        }
    }

    public static Derived derive(KnowledgeBase kb, ProjectAnswers answers) {
        Map<String, Integer> change = new LinkedHashMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        Set<String> mustHaves = new LinkedHashSet<>();
        for (Criterion criterion : kb.criteria()) {
            change.put(criterion.id(), 0);
            reasons.put(criterion.id(), new ArrayList<>());
        }
        for (Question question : kb.questions()) {
            List<String> chosen = answers.answers().get(question.id());
            if (chosen == null) {
                continue;
            }
            Map<String, Integer> byQuestion = new LinkedHashMap<>();
            for (String optionId : chosen) {
                Question.Option option = question.option(optionId).orElseThrow();
                option.changes().forEach((criterion, by) -> byQuestion.merge(criterion, by, Math::max));
                mustHaves.addAll(option.mustHave());
            }
            byQuestion.forEach((criterion, by) -> {
                change.merge(criterion, by, Integer::sum);
                reasons.get(criterion).add(question.id());
            });
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            int weight = criterion.defaultWeight() + change.get(criterion.id());
            weights.put(criterion.id(), Math.max(Weights.MIN, Math.min(Weights.MAX, weight)));
        }
        List<String> ordered = kb.criteria().stream()
                .map(Criterion::id)
                .filter(mustHaves::contains)
                .toList();
        return new Derived(weights, reasons, change, ordered);
    }
}
