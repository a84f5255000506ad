package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.GroupEvaluation;
import com.frameworkadvisor.scoring.GroupScorer;
import com.frameworkadvisor.scoring.MemberAnswers;
import com.frameworkadvisor.scoring.Weights;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The group result of a room's ballots, weighed with the knowledge-base version the room pins. */
@Component
class RoomResults {

    private final GroupScorer scorer;

    RoomResults(GroupScorer scorer) {
        this.scorer = scorer;
    }

    /** Empty until some ballot has a weight above 0 on a criterion the knowledge base still has. */
    public Optional<GroupEvaluation> evaluate(RoomState state) {
        List<MemberAnswers> members = state.ballots().stream()
                .flatMap(b -> weightsOf(state.kb(), b).map(w -> new MemberAnswers(b.id(), b.name(), w)).stream())
                .toList();
        return members.isEmpty() ? Optional.empty() : Optional.of(scorer.evaluate(state.kb(), members));
    }

    /**
     * The ballot's weights on every criterion of the knowledge base; a criterion the ballot does not weigh weighs 0,
     * one the knowledge base does not have is ignored. Empty when nothing the ballot weighs is left.
     */
    public Optional<Weights> weightsOf(KnowledgeBase kb, Ballot ballot) {
        Map<String, Integer> stored = ballot.weightMap();
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            weights.put(criterion.id(), stored.getOrDefault(criterion.id(), 0));
        }
        return weights.values().stream().anyMatch(w -> w > 0) ? Optional.of(new Weights(weights)) : Optional.empty();
    }
}
