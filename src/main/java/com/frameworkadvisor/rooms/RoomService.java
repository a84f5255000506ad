package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.ResultsLink;
import com.frameworkadvisor.advice.UnknownVersionException;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.scoring.ProjectAnswers;
import com.frameworkadvisor.scoring.Weights;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes a room, each change in one transaction, announced to live viewers once committed. Keys are
 * checked here, so pages and API enforce the same rights.
 */
@Service
class RoomService {

    private final RoomRepository rooms;
    private final BallotRepository ballots;
    private final JdbcAggregateOperations aggregates;
    private final ApplicationEventPublisher events;
    private final RoomProperties properties;
    private final KnowledgeBases kbs;
    private final BallotLabels labels;
    private final BallotSubmissions submissions;
    private final Clock clock;
    private final Counter roomsCreated;
    private final Counter ballotsSubmitted;
    private final Counter ballotsChanged;

    RoomService(
            RoomRepository rooms,
            BallotRepository ballots,
            JdbcAggregateOperations aggregates,
            ApplicationEventPublisher events,
            RoomProperties properties,
            KnowledgeBases kbs,
            BallotLabels labels,
            BallotSubmissions submissions,
            Clock clock,
            MeterRegistry meters) {
        this.rooms = rooms;
        this.ballots = ballots;
        this.aggregates = aggregates;
        this.events = events;
        this.properties = properties;
        this.kbs = kbs;
        this.labels = labels;
        this.submissions = submissions;
        this.clock = clock;
        this.roomsCreated = meters.counter("advisor.rooms.created");
        this.ballotsSubmitted = meters.counter("advisor.ballots", "action", "submitted");
        this.ballotsChanged = meters.counter("advisor.ballots", "action", "changed");
    }

    public record CreatedRoom(Room room, String facilitatorKey) {}

    public record CreatedBallot(Ballot ballot, String ballotKey) {}

    /**
     * @param frameworks the ids of the frameworks in the running, at least two of the current version; {@code null}:
     *     its default candidates
     * @param settings how the room runs: anonymity, reasons, closing time, expected members
     */
    @Transactional
    public CreatedRoom create(String title, String context, List<String> frameworks, RoomSettings settings) {
        return create(title, context, frameworks, settings, null);
    }

    /**
     * @param teamKnows the facilitator's answer to {@code team-knows}, as option ids ({@code ["none"]} for none);
     *     {@code null}: not answered
     */
    @Transactional
    public CreatedRoom create(
            String title, String context, List<String> frameworks, RoomSettings settings, List<String> teamKnows) {
        RoomInput input = new RoomInput();
        String cleanTitle = input.required("title", title, RoomInput.TITLE_MAX);
        String cleanContext = input.optional("context", context, RoomInput.CONTEXT_MAX);
        KnowledgeBase kb = kbs.current();
        List<String> candidates = frameworks == null
                ? List.of()
                : ResultsLink.candidates(kb, kbs::versionsWithFramework, "frameworks", frameworks, input::problem)
                        .orElse(List.of());
        String knows = teamKnows(kb, teamKnows, input);
        Instant now = clock.instant();
        settings.check(input, now, properties.retention(), properties.maxBallots());
        input.throwIfInvalid();
        String key = Tokens.random();
        Room room = new Room(
                Tokens.random(),
                Tokens.hash(key),
                cleanTitle,
                cleanContext,
                Room.OPEN,
                false,
                null,
                null,
                null,
                now,
                now.plus(properties.retention()),
                0,
                kb.version(),
                candidates.isEmpty() ? null : String.join(",", candidates),
                settings.anonymous(),
                settings.reasonRequired(),
                settings.closesAt(),
                settings.expectedMembers(),
                settings.revealWhenAllAnswered(),
                false,
                knows);
        CreatedRoom created = new CreatedRoom(aggregates.insert(room), key);
        roomsCreated.increment();
        return created;
    }

    /**
     * The room and its ballots, oldest first; unknown and expired rooms are refused. A room whose closing time has
     * come is closed, whether or not the scheduled close has run yet.
     */
    @Transactional(readOnly = true)
    public RoomState load(String id) {
        Room room = find(id);
        return new RoomState(room, ballots.findByRoom(id), knowledgeOf(room));
    }

    @Transactional
    public CreatedBallot addBallot(String roomId, String name, String reason, Weights weights) {
        return addBallot(roomId, name, reason, weights, null);
    }

    /**
     * Adds a ballot, once per submission key: a retry with the same key and the same answers finds the ballot the
     * first one created and gives it a fresh key (only hashes are stored, so the first key cannot be handed out
     * again); the same key with other answers is refused (422).
     *
     * @param submission the key a retry repeats: the {@code Idempotency-Key} or the form's one-time token, already
     *     checked ({@link SubmissionKey}); {@code null}: none, every request is a new ballot
     */
    @Transactional
    public CreatedBallot addBallot(
            String roomId, String name, String reason, Weights weights, SubmissionKey submission) {
        return addBallot(roomId, name, reason, weights, ProjectAnswers.NONE, submission);
    }

    /**
     * Adds a ballot with the member's project answers, kept in the results link's format beside the final weights they
     * derived (ADR 0015); {@link ProjectAnswers#NONE} when the member gave weights directly.
     */
    @Transactional
    public CreatedBallot addBallot(
            String roomId,
            String name,
            String reason,
            Weights weights,
            ProjectAnswers project,
            SubmissionKey submission) {
        return addBallot(
                roomId, pinned -> new RoomRequestReader.BallotFields(name, reason, weights, project), submission);
    }

    /**
     * Adds a ballot with answers read against the room's pinned knowledge, in the same transaction: the room is read
     * once.
     */
    @Transactional
    public CreatedBallot addBallot(
            String roomId, Function<PinnedRoom, RoomRequestReader.BallotFields> answers, SubmissionKey submission) {
        Room room = find(roomId);
        RoomRequestReader.BallotFields fields = answers.apply(new PinnedRoom(room, knowledgeOf(room)));
        Weights weights = fields.weights();
        Member member = checkedMember(room, fields.name(), fields.reason());
        Instant now = clock.instant();
        String stored = ResultsLink.storedProject(fields.project());
        // Without project answers, the hash is the one kept before they existed, so a retry across a deploy still
        // matches.
        String requestHash = Tokens.hash(member.name()
                + '\u0000'
                + member.reason()
                + '\u0000'
                + encode(weights)
                + (stored.isEmpty() ? "" : '\u0000' + stored));
        // A retry is answered before the room is locked, so it succeeds even if the room closed meanwhile.
        Optional<CreatedBallot> repeated = repeated(room.id(), submission, requestHash, now);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        lockIfOpen(room, now);
        // With the row lock held, a twin sent at the same time has either committed (and is found) or waits for us.
        repeated = repeated(room.id(), submission, requestHash, now);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        if (ballots.countInRoom(room.id()) >= properties.maxBallots()) {
            throw RoomException.full(properties.maxBallots());
        }
        String key = Tokens.random();
        Ballot ballot = aggregates.insert(new Ballot(
                Tokens.random(),
                room.id(),
                Tokens.hash(key),
                member.name(),
                encode(weights),
                now,
                now,
                member.reason(),
                null,
                stored));
        if (submission != null) {
            submissions.remember(room.id(), submission.value(), requestHash, ballot.id(), now);
        }
        revealIfEveryoneIsIn(room.id());
        changed(room.id());
        ballotsSubmitted.increment();
        return new CreatedBallot(ballot, key);
    }

    /** The ballot an earlier submission with this key created, with a fresh key; empty if there was none. */
    private Optional<CreatedBallot> repeated(String roomId, SubmissionKey submission, String requestHash, Instant now) {
        if (submission == null) {
            return Optional.empty();
        }
        return submissions.find(roomId, submission.value(), now).map(earlier -> {
            if (!earlier.requestHash().equals(requestHash)) {
                throw RoomException.submissionReused(submission.name());
            }
            String key = Tokens.random();
            if (ballots.rekey(roomId, earlier.ballotId(), Tokens.hash(key)) == 0) {
                throw RoomException.unknownBallot(); // the facilitator removed it meanwhile
            }
            return new CreatedBallot(
                    ballots.findInRoom(roomId, earlier.ballotId()).orElseThrow(), key);
        });
    }

    @Transactional
    public void updateBallot(
            String roomId, String ballotId, String ballotKey, String name, String reason, Weights weights) {
        updateBallot(roomId, ballotId, ballotKey, name, reason, weights, ProjectAnswers.NONE);
    }

    @Transactional
    public void updateBallot(
            String roomId,
            String ballotId,
            String ballotKey,
            String name,
            String reason,
            Weights weights,
            ProjectAnswers project) {
        updateBallot(
                roomId,
                ballotId,
                ballotKey,
                pinned -> new RoomRequestReader.BallotFields(name, reason, weights, project));
    }

    /**
     * Changes a ballot with answers read against the room's pinned knowledge, all in one transaction: the room and
     * the ballot are read once. The owner is checked before the answers are read, so a stranger learns nothing from
     * validation.
     *
     * @return the answers as read
     */
    @Transactional
    public RoomRequestReader.BallotFields updateBallot(
            String roomId,
            String ballotId,
            String ballotKey,
            Function<PinnedRoom, RoomRequestReader.BallotFields> answers) {
        Room room = find(roomId);
        ownBallot(room.id(), ballotId, ballotKey);
        RoomRequestReader.BallotFields fields = answers.apply(new PinnedRoom(room, knowledgeOf(room)));
        Member member = checkedMember(room, fields.name(), fields.reason());
        lockIfOpen(room, clock.instant());
        ballots.update(
                room.id(),
                ballotId,
                member.name(),
                member.reason(),
                encode(fields.weights()),
                ResultsLink.storedProject(fields.project()),
                clock.instant());
        changed(room.id());
        ballotsChanged.increment();
        return fields;
    }

    /**
     * Locks the room row for this ballot's transaction if answering is open: not closed, and its closing time, if it
     * has one, not yet come.
     */
    private void lockIfOpen(Room room, Instant now) {
        if (rooms.touchIfOpen(room.id(), now) == 0) {
            throw room.pastDeadline(now) ? RoomException.pastDeadline() : RoomException.closed();
        }
    }

    /**
     * Reveals the room the first time as many as it expects have answered, if it was opened to, and draws the
     * labels of an anonymous room's ballots. Runs with the room row locked, so the count is the committed one.
     */
    private void revealIfEveryoneIsIn(String roomId) {
        Room room = rooms.findById(roomId).orElseThrow();
        if (room.revealWhenAllAnswered()
                && !room.autoRevealed()
                && room.expectedMembers() != null
                && ballots.countInRoom(roomId) >= room.expectedMembers()) {
            rooms.revealOnce(roomId);
            room = rooms.findById(roomId).orElseThrow();
        }
        if (room.anonymous() && room.revealed()) {
            labels.draw(roomId);
        }
    }

    /** The ballot with this id, if the key is the one it was given with. */
    @Transactional(readOnly = true)
    public Ballot ownBallot(String roomId, String ballotId, String ballotKey) {
        Ballot ballot =
                ballots.findInRoom(roomId, ballotId == null ? "" : ballotId).orElseThrow(RoomException::unknownBallot);
        if (!Tokens.matches(ballotKey, ballot.keyHash())) {
            throw RoomException.notBallotOwner();
        }
        return ballot;
    }

    /**
     * The facilitator removes a ballot: by its id in a named room, by its label ({@code member-3}) in an anonymous one,
     * and there only after the reveal, as nobody sees its ballots before.
     */
    @Transactional
    public void removeBallot(String roomId, String facilitatorKey, String ballotId) {
        Room room = facilitated(roomId, facilitatorKey);
        int removed;
        if (room.anonymous()) {
            if (!room.revealed()) {
                throw RoomException.notYetRevealed();
            }
            removed = labels.number(ballotId)
                    .map(n -> ballots.deleteByLabel(room.id(), n))
                    .orElse(0);
        } else {
            removed = ballots.delete(room.id(), ballotId == null ? "" : ballotId);
        }
        if (removed == 0) {
            throw RoomException.unknownBallot();
        }
        rooms.touch(room.id());
        changed(room.id());
    }

    /** Reveals, hides or closes the room; reopening is {@link #reopen}. */
    @Transactional
    public void act(String roomId, String facilitatorKey, FacilitatorAction action) {
        if (action == FacilitatorAction.REOPEN) {
            reopen(roomId, facilitatorKey, RoomRequestReader.Reopening.KEEP);
            return;
        }
        Room room = facilitated(roomId, facilitatorKey);
        switch (action) {
            case REVEAL, HIDE -> {
                rooms.setRevealed(room.id(), action == FacilitatorAction.REVEAL);
                if (room.anonymous() && action == FacilitatorAction.REVEAL) {
                    labels.draw(room.id());
                }
            }
            case CLOSE -> {
                rooms.setStatus(room.id(), Room.CLOSED);
                if (room.anonymous()) {
                    ballots.forgetNames(room.id());
                }
            }
            case REOPEN -> throw new IllegalStateException("handled above");
        }
        changed(room.id());
    }

    /**
     * Reopens answering, with the closing time the facilitator gives, or the room's own if they give none. Once the
     * room's own closing time has passed it cannot be kept: a new one, or none, must be given.
     */
    @Transactional
    public void reopen(String roomId, String facilitatorKey, RoomRequestReader.Reopening reopening) {
        Room room = facilitated(roomId, facilitatorKey);
        Instant now = clock.instant();
        RoomInput input = new RoomInput();
        Instant closesAt = reopening.given() ? reopening.closesAt() : room.closesAt();
        if (!reopening.given() && room.pastDeadline(now)) {
            input.problem(
                    RoomSettings.CLOSES_AT,
                    "is required to reopen: the room's closing time, " + room.closesAt()
                            + ", has passed; give a new one, or none (null)");
        } else if (reopening.given()) {
            RoomSettings.checkClosingTime(input, RoomSettings.CLOSES_AT, closesAt, now, room.expiresAt());
        }
        input.throwIfInvalid();
        rooms.reopen(room.id(), closesAt);
        changed(room.id());
    }

    @Transactional
    public void decide(String roomId, String facilitatorKey, String framework, String notes) {
        Room room = facilitated(roomId, facilitatorKey);
        KnowledgeBase kb = knowledgeOf(room);
        RoomInput input = new RoomInput();
        String chosen = input.required("framework", framework, 100);
        List<String> running = RoomState.candidates(room, kb);
        if (!chosen.isEmpty() && !running.contains(chosen)) {
            input.problem(
                    "framework",
                    "'" + chosen + "' is not "
                            + (kb.framework(chosen).isPresent() ? "in this room's running" : "a known framework")
                            + "; choose one of " + String.join(", ", running));
        }
        String cleanNotes = input.optional("notes", notes, RoomInput.NOTES_MAX);
        input.throwIfInvalid();
        rooms.setDecision(room.id(), chosen, cleanNotes, clock.instant());
        changed(room.id());
    }

    /**
     * The room as this caller may see it ({@link RoomAccess}). A facilitator key that is given must be the room's,
     * or the caller is refused; a ballot key that does not match (a removed ballot, a stale cookie) is no ballot.
     */
    @Transactional(readOnly = true)
    RoomAccess access(String roomId, Optional<String> facilitatorKey, Optional<RoomCookies.BallotKey> ballotKey) {
        RoomState state = load(roomId);
        if (facilitatorKey.isPresent() && !isFacilitator(state.room(), facilitatorKey.get())) {
            throw RoomException.notFacilitator();
        }
        Optional<Ballot> own = ballotKey.flatMap(key -> state.ballots().stream()
                .filter(b -> b.id().equals(key.ballotId()) && Tokens.matches(key.key(), b.keyHash()))
                .findFirst());
        return new RoomAccess(state, facilitatorKey.isPresent(), own);
    }

    /**
     * The knowledge-base version the room pins: the one that was current when it was created. An instance of an
     * older release that does not know it yet (a rolling deploy) answers 404 with the versions it knows.
     */
    KnowledgeBase knowledgeOf(Room room) {
        KnowledgeBase kb = kbs.find(room.knowledgeBaseVersion())
                .orElseThrow(() -> new UnknownVersionException(room.knowledgeBaseVersion(), kbs));
        // The facilitator's team-knows rates the team's experience for every member.
        return room.teamKnows() == null ? kb : kb.ratedByTeamKnowing(room.teamKnowsIds());
    }

    /**
     * The facilitator's {@code team-knows}, checked like a link's: options of the version's question, {@code none}
     * alone; stored as a comma list in the question's order. A version without the question refuses it.
     */
    private static String teamKnows(KnowledgeBase kb, List<String> teamKnows, RoomInput input) {
        if (teamKnows == null) {
            return null;
        }
        var read = com.frameworkadvisor.scoring.ProjectAnswers.read(
                kb,
                java.util.Map.of(com.frameworkadvisor.knowledge.Question.TEAM_KNOWS, teamKnows),
                "project.",
                input::problem);
        List<String> chosen = read.answers().get(com.frameworkadvisor.knowledge.Question.TEAM_KNOWS);
        return chosen == null ? null : String.join(",", chosen);
    }

    /**
     * The room alone, without its ballots: what a viewer without keys needs to find the page every such viewer gets
     * ({@link SharedRoomPages}) before anything else is loaded.
     */
    @Transactional(readOnly = true)
    Room withoutBallots(String roomId) {
        return find(roomId);
    }

    /** The room and the knowledge it pins, without its ballots: for reading or showing one member's ballot. */
    @Transactional(readOnly = true)
    PinnedRoom pinned(String roomId) {
        Room room = find(roomId);
        return new PinnedRoom(room, knowledgeOf(room));
    }

    private static boolean isFacilitator(Room room, String facilitatorKey) {
        return Tokens.matches(facilitatorKey, room.facilitatorKeyHash());
    }

    /** The room, if the key is its facilitator's. */
    @Transactional(readOnly = true)
    public Room facilitated(String roomId, String facilitatorKey) {
        Room room = find(roomId);
        if (!isFacilitator(room, facilitatorKey)) {
            throw RoomException.notFacilitator();
        }
        return room;
    }

    private Room find(String id) {
        if (!Tokens.plausible(id)) {
            throw RoomException.notFound();
        }
        Room room = rooms.findById(id)
                .orElseThrow(() -> rooms.countExpired(id) > 0 ? RoomException.expired() : RoomException.notFound());
        Instant now = clock.instant();
        if (room.expiredAt(now)) {
            throw RoomException.expired();
        }
        return room.asOf(now);
    }

    private record Member(String name, String reason) {}

    private static Member checkedMember(Room room, String name, String reason) {
        RoomInput input = new RoomInput();
        Member member = new Member(input.name(room, name), input.reason(room, reason));
        input.throwIfInvalid();
        return member;
    }

    private static String encode(Weights weights) {
        return ResultsLink.query(weights.values(), List.of());
    }

    /** Announces a change; call after the change's UPDATE, which holds the room's row lock until the commit. */
    private void changed(String roomId) {
        events.publishEvent(new RoomChanged(roomId, rooms.revisionOf(roomId)));
    }
}
