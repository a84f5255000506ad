package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import java.util.List;

/**
 * What a room page shows to one viewer.
 *
 * @param ballots the ballots the viewer may see listed ({@link RoomAccess#shown()}): none in an anonymous room before
 *     the reveal
 * @param answered how many ballots the room has
 * @param facilitator whether the viewer holds the facilitator key
 * @param seesAnswers whether the viewer may see the answers and download them ({@link RoomAccess})
 * @param facilitatorLink the private link that reopens the room as facilitator, shown right after creation only
 * @param ownBallot the viewer's own ballot, if their browser has one in this room
 * @param kb the knowledge-base version the room pins
 * @param candidates the frameworks in the room's running, in the knowledge base's order
 * @param group the group result, once revealed and once someone has answered; {@code null} otherwise
 * @param newerVersion the current knowledge-base version if it is newer than {@code kb}; {@code null} otherwise
 * @param newerGroup what the group result would be with {@code newerVersion}, once revealed; {@code null} otherwise
 * @param closing the room's closing time in words, or {@code null} when it has none
 */
public record RoomPage(
        Room room,
        List<Ballot> ballots,
        int answered,
        boolean facilitator,
        boolean seesAnswers,
        String facilitatorLink,
        Ballot ownBallot,
        String joinUrl,
        String qrSvg,
        GroupView group,
        String decisionName,
        KnowledgeBase kb,
        List<Framework> candidates,
        String newerVersion,
        GroupView newerGroup,
        ClosingTime.Described closing) {

    public boolean showResults() {
        return room.revealed() && group != null;
    }
}
