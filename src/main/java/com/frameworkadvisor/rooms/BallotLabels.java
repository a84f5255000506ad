package com.frameworkadvisor.rooms;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The "Member n" labels of an anonymous room's ballots. They are drawn when the room is revealed, in a random order,
 * so that nothing seen before the reveal (there is only a count) or outside it (join order, times) leads to them; once
 * drawn, a ballot keeps its label. A ballot sent while the room is revealed gets the next number.
 */
@Component
class BallotLabels {

    private final BallotRepository ballots;
    private final Random random = new SecureRandom();

    BallotLabels(BallotRepository ballots) {
        this.ballots = ballots;
    }

    /** Labels the room's unlabelled ballots; call with the room row locked, as reveals and ballots do. */
    void draw(String roomId) {
        List<String> unlabelled = new ArrayList<>(ballots.unlabelled(roomId));
        if (unlabelled.isEmpty()) {
            return;
        }
        Collections.shuffle(unlabelled, random);
        int next = ballots.highestLabel(roomId);
        for (String id : unlabelled) {
            ballots.label(roomId, id, ++next);
        }
    }

    /** The n of a shown id {@code member-n}, if it is one. */
    Optional<Integer> number(String shownId) {
        if (shownId == null || !shownId.matches(RoomAccess.LABEL_ID + "[1-9][0-9]{0,5}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(shownId.substring(RoomAccess.LABEL_ID.length())));
    }
}
