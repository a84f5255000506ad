package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.CarriedAnswers;
import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.scoring.GroupEvaluation;
import com.frameworkadvisor.scoring.GroupScorer;
import com.frameworkadvisor.scoring.MemberAnswers;
import com.frameworkadvisor.scoring.Weights;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The group result of a room's ballots, weighed with the knowledge-base version the room pins; and, to tell the room
 * what it is missing, what they would give with the current version.
 */
@Component
class RoomResults {

    private final GroupScorer scorer;
    private final KnowledgeBases kbs;

    RoomResults(GroupScorer scorer, KnowledgeBases kbs) {
        this.scorer = scorer;
        this.kbs = kbs;
    }

    /** Empty until some ballot has a weight above 0 on a criterion the knowledge base still has. */
    public Optional<GroupEvaluation> evaluate(RoomState state) {
        return evaluate(state.kb(), state.candidates(), state.ballots(), Ballot::weightMap);
    }

    /** The current knowledge-base version, if it is newer than the one the room pins. */
    public Optional<KnowledgeBase> newerVersion(RoomState state) {
        return kbs.isCurrent(state.kb()) ? Optional.empty() : Optional.of(kbs.current());
    }

    /**
     * What the room's ballots would give under the current version, each carried over as an old result's answers
     * are ({@link CarriedAnswers}). Empty when no answer carries over.
     */
    public Optional<GroupEvaluation> evaluateWithCurrent(RoomState state) {
        KnowledgeBase current = kbs.current();
        return evaluate(
                current,
                CarriedAnswers.carryCandidates(current, state.candidates()),
                state.ballots(),
                b -> CarriedAnswers.carry(kbs, state.kb(), kbs.current(), b.weightMap(), List.of())
                        .weights());
    }

    private Optional<GroupEvaluation> evaluate(
            KnowledgeBase kb,
            List<String> candidates,
            List<Ballot> ballots,
            Function<Ballot, Map<String, Integer>> stored) {
        List<MemberAnswers> members = ballots.stream()
                .flatMap(b -> weightsOf(kb, stored.apply(b)).map(w -> new MemberAnswers(b.id(), b.name(), w)).stream())
                .toList();
        return members.isEmpty() ? Optional.empty() : Optional.of(scorer.evaluate(kb, candidates, members));
    }

    /**
     * The ballot's weights on every criterion of the knowledge base; a criterion the ballot does not weigh weighs 0,
     * one the knowledge base does not have is ignored. Empty when nothing the ballot weighs is left.
     */
    public Optional<Weights> weightsOf(KnowledgeBase kb, Ballot ballot) {
        return weightsOf(kb, ballot.weightMap());
    }

    private static Optional<Weights> weightsOf(KnowledgeBase kb, Map<String, Integer> stored) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            weights.put(criterion.id(), stored.getOrDefault(criterion.id(), 0));
        }
        return weights.values().stream().anyMatch(w -> w > 0) ? Optional.of(new Weights(weights)) : Optional.empty();
    }
}
