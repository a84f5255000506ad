package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.QuestionnaireForm;
import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.LinkParameters;
import com.frameworkadvisor.knowledge.Profile;
import com.frameworkadvisor.performance.RenderedPages;
import com.frameworkadvisor.ratelimit.LimitedAction;
import com.frameworkadvisor.ratelimit.RateLimited;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.ProjectAnswers;
import com.frameworkadvisor.scoring.ProjectRule;
import com.frameworkadvisor.scoring.Weights;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The room pages. Every action is a plain form post answered by a redirect, so rooms work without JavaScript; the
 * script only adds live updates.
 */
@Controller
class RoomPagesController {

    private final RoomService rooms;
    private final RoomResults results;
    private final RoomCookies cookies;
    private final QrCodes qrCodes;
    private final ClosingTime closingTime;
    private final KnowledgeBases kbs;
    private final SharedRoomPages sharedPages;

    RoomPagesController(
            RoomService rooms,
            RoomResults results,
            RoomCookies cookies,
            QrCodes qrCodes,
            ClosingTime closingTime,
            KnowledgeBases kbs,
            SharedRoomPages sharedPages) {
        this.kbs = kbs;
        this.sharedPages = sharedPages;
        this.rooms = rooms;
        this.results = results;
        this.cookies = cookies;
        this.qrCodes = qrCodes;
        this.closingTime = closingTime;
    }

    @GetMapping("/rooms/new")
    String newRoom(Model model) {
        return newRoomForm(NewRoomForm.EMPTY, kbs.current().candidatesByDefault(), List.of(), model);
    }

    @RateLimited(LimitedAction.ROOM_CREATION)
    @PostMapping("/rooms")
    String create(
            NewRoomForm form,
            @RequestParam(name = LinkParameters.FRAMEWORKS, required = false) List<String> frameworks,
            @RequestParam(name = "team-knows", required = false) List<String> teamKnows,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            // As in a link, no fw at all (no box ticked, or a form from before candidates) means the version's
            // defaults.
            RoomService.CreatedRoom created = rooms.create(
                    form.title(),
                    form.context(),
                    frameworks == null || frameworks.isEmpty() ? null : frameworks,
                    form.settings(),
                    teamKnows == null || teamKnows.isEmpty() ? null : teamKnows);
            cookies.keepFacilitatorKey(created.room().id(), created.facilitatorKey(), request, response);
            return "redirect:/rooms/" + created.room().id() + "?created#facilitator-link";
        } catch (InvalidRoomInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newRoomForm(
                    form, frameworks == null ? kbs.current().candidatesByDefault() : frameworks, e.problems(), model);
        }
    }

    private String newRoomForm(NewRoomForm form, List<String> candidates, List<AnswerProblem> problems, Model model) {
        model.addAttribute("kb", kbs.current());
        model.addAttribute("candidates", candidates);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "rooms/new";
    }

    @GetMapping("/rooms/{id}")
    ModelAndView room(
            @PathVariable String id,
            @RequestParam(required = false) String created,
            ServletWebRequest request,
            Model model) {
        return roomPage(id, created != null, "rooms/room", request, model);
    }

    @GetMapping("/rooms/{id}/present")
    ModelAndView present(@PathVariable String id, ServletWebRequest request, Model model) {
        return roomPage(id, false, "rooms/present", request, model);
    }

    /**
     * A page showing the room. Viewers without keys share one rendering per revision ({@link SharedRoomPages}): a
     * kept page is answered without building its model.
     */
    private ModelAndView roomPage(String id, boolean justCreated, String template, ServletWebRequest web, Model model) {
        HttpServletRequest request = web.getRequest();
        boolean keyless = cookies.facilitatorKey(request).isEmpty()
                && cookies.ballotKey(request).isEmpty();
        if (keyless && !justCreated) {
            Optional<RenderedPages.Page> shared = sharedPages.keyless(web, rooms.withoutBallots(id));
            if (shared.isPresent()) {
                return sharedPage(
                        shared.get(),
                        () -> rooms.access(id, Optional.empty(), Optional.empty()),
                        template,
                        model,
                        request);
            }
        }
        RoomAccess access = rooms.access(id, cookies.facilitatorKey(request), cookies.ballotKey(request));
        // A browser whose ballot cookie no longer matches (its ballot was removed) sees what a keyless viewer sees.
        Optional<RenderedPages.Page> shared = justCreated ? Optional.empty() : sharedPages.of(web, access);
        if (shared.isPresent()) {
            return sharedPage(shared.get(), () -> access, template, model, request);
        }
        model.addAttribute("page", page(access, justCreated, request));
        return new ModelAndView(template);
    }

    /**
     * The page every viewer without keys gets: kept, or rendered by this request while the others asking for it wait
     * ({@link SharedRoomPages#keptOrClaim}); the room with its ballots is loaded only to render it.
     */
    private ModelAndView sharedPage(
            RenderedPages.Page shared,
            Supplier<RoomAccess> access,
            String template,
            Model model,
            HttpServletRequest request) {
        Optional<View> kept = sharedPages.keptOrClaim(shared);
        if (kept.isPresent()) {
            return new ModelAndView(kept.get());
        }
        try {
            model.addAttribute("page", page(access.get(), false, request));
        } catch (RuntimeException e) {
            sharedPages.release(shared);
            throw e;
        }
        return new ModelAndView(sharedPages.view(shared, template));
    }

    /** The private facilitator link: keeps the key in this browser, then shows the room without the key in the URL. */
    @GetMapping("/rooms/{id}/facilitate")
    String facilitate(
            @PathVariable String id,
            @RequestParam(required = false) String key,
            HttpServletRequest request,
            HttpServletResponse response) {
        rooms.facilitated(id, key);
        cookies.keepFacilitatorKey(id, key, request, response);
        return "redirect:/rooms/" + id;
    }

    @GetMapping("/rooms/{id}/join")
    String join(
            @PathVariable String id,
            @RequestParam(required = false) String profile,
            HttpServletRequest request,
            Model model) {
        PinnedRoom state = rooms.pinned(id);
        Optional<Ballot> own = ownBallot(id, request);
        if (own.isPresent() && profile == null) {
            return "redirect:/rooms/" + id + "/ballot";
        }
        // With project questions, every weight starts left to the member's answers; without, at its default.
        Map<String, Integer> answers = profile != null
                ? preset(state, profile).weights()
                : state.kb().questions().isEmpty() ? state.kb().defaultWeights() : Map.of();
        return ballotForm(
                state,
                "",
                "",
                answers,
                Map.of(),
                null,
                List.of(),
                profile == null ? null : preset(state, profile),
                false,
                model);
    }

    @GetMapping("/rooms/{id}/ballot")
    String editBallot(
            @PathVariable String id,
            @RequestParam(required = false) String profile,
            HttpServletRequest request,
            Model model) {
        PinnedRoom state = rooms.pinned(id);
        Ballot ballot = ownBallot(id, request)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "This browser has no answers in this room yet. Use the join link to answer."));
        Map<String, Integer> stored =
                results.weightsOf(state.kb(), ballot).map(Weights::values).orElseGet(state.kb()::defaultWeights);
        ProjectAnswers own = ballot.projectAnswers();
        Map<String, Integer> answers = stored;
        Map<String, String> reasons = null;
        if (profile != null) {
            answers = preset(state, profile).weights();
        } else if (!own.answers().isEmpty()) {
            // The member's answers again, and each weight's reason: the answers that set it, or the member.
            ProjectRule.Derived derived =
                    ProjectRule.derive(state.kb(), RoomRequestReader.withRoomAnswers(state.room(), own));
            answers = new LinkedHashMap<>();
            reasons = new LinkedHashMap<>();
            for (Criterion criterion : state.kb().criteria()) {
                String criterionId = criterion.id();
                if (!stored.get(criterionId).equals(derived.weights().get(criterionId))) {
                    answers.put(criterionId, stored.get(criterionId));
                }
                reasons.put(
                        criterionId,
                        derived.reasons().get(criterionId).stream()
                                .map(q -> state.kb().question(q).orElseThrow().question())
                                .collect(Collectors.joining("; ")));
            }
        }
        return ballotForm(
                state,
                ballot.name(),
                ballot.reason(),
                answers,
                own.answers(),
                reasons,
                List.of(),
                profile == null ? null : preset(state, profile),
                true,
                model);
    }

    /** A ballot form posted from the join page (a new ballot) or from the ballot page (this browser's own). */
    @RateLimited(LimitedAction.BALLOT)
    @PostMapping("/rooms/{id}/{form:join|ballot}")
    String saveBallot(
            @PathVariable String id,
            @PathVariable String form,
            @RequestParam MultiValueMap<String, String> posted,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        boolean editing = form.equals("ballot");
        PinnedRoom state = rooms.pinned(id);
        Optional<RoomCookies.BallotKey> key = cookies.ballotKey(request);
        if (editing && key.isEmpty()) {
            throw RoomException.notBallotOwner();
        }
        BallotForm ballot = BallotForm.read(state.room(), state.kb(), posted);
        if (!ballot.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            ballotForm(
                    state,
                    ballot.name(),
                    ballot.reason(),
                    ballot.answers(),
                    ballot.chosen(),
                    null,
                    ballot.problems(),
                    null,
                    editing,
                    model);
            // Nothing was stored: the corrected form may keep its token.
            if (ballot.submission() != null) {
                model.addAttribute("submission", ballot.submission().value());
            }
            return "rooms/ballot";
        }
        if (editing) {
            rooms.updateBallot(
                    id,
                    key.get().ballotId(),
                    key.get().key(),
                    ballot.name(),
                    ballot.reason(),
                    ballot.weights(),
                    ballot.project());
        } else {
            // A retried form (its token again) finds its ballot and sets this browser's cookie to its fresh key.
            RoomService.CreatedBallot created = rooms.addBallot(
                    id, ballot.name(), ballot.reason(), ballot.weights(), ballot.project(), ballot.submission());
            cookies.keepBallotKey(id, created.ballot().id(), created.ballotKey(), request, response);
        }
        return "redirect:/rooms/" + id + "#your-ballot";
    }

    @PostMapping("/rooms/{id}/{action:" + FacilitatorAction.PATHS + "}")
    String act(
            @PathVariable String id,
            @PathVariable String action,
            @RequestParam(name = RoomSettings.CLOSES_AT, required = false) String closesAt,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FacilitatorAction done = FacilitatorAction.of(action);
        if (done == FacilitatorAction.REOPEN) {
            // The reopen form always sends its closing-time field: empty reopens without one.
            try {
                RoomInput input = new RoomInput();
                Instant newClosingTime = RoomSettings.instant(input, RoomSettings.CLOSES_AT, closesAt);
                input.throwIfInvalid();
                rooms.facilitated(id, facilitatorKey(request));
                rooms.reopen(
                        id,
                        facilitatorKey(request),
                        closesAt == null
                                ? RoomRequestReader.Reopening.KEEP
                                : new RoomRequestReader.Reopening(true, newClosingTime));
            } catch (InvalidRoomInputException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("page", page(id, false, request));
                model.addAttribute("reopenProblems", e.problems());
                return "rooms/room";
            }
        } else {
            rooms.act(id, facilitatorKey(request), done);
        }
        return "redirect:/rooms/" + id + "#" + done.section();
    }

    /** The facilitator's second step before a removal: asks for confirmation, in a plain form. */
    @GetMapping("/rooms/{id}/ballots/{ballotId}/remove")
    String confirmRemoval(
            @PathVariable String id, @PathVariable String ballotId, HttpServletRequest request, Model model) {
        String key = facilitatorKey(request);
        rooms.facilitated(id, key);
        // The ballots as the facilitator may see them: in an anonymous room, by label and only after the reveal.
        RoomState shown =
                rooms.access(id, Optional.ofNullable(key), Optional.empty()).shown();
        Ballot ballot = shown.ballots().stream()
                .filter(b -> b.id().equals(ballotId))
                .findFirst()
                .orElseThrow(RoomException::unknownBallot);
        model.addAttribute("room", shown.room());
        model.addAttribute("ballot", ballot);
        return "rooms/remove";
    }

    @PostMapping("/rooms/{id}/ballots/{ballotId}/remove")
    String remove(@PathVariable String id, @PathVariable String ballotId, HttpServletRequest request) {
        rooms.removeBallot(id, facilitatorKey(request), ballotId);
        return "redirect:/rooms/" + id + "#answered";
    }

    @PostMapping("/rooms/{id}/decision")
    String decide(
            @PathVariable String id,
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String notes,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            rooms.decide(id, facilitatorKey(request), framework, notes);
            return "redirect:/rooms/" + id + "#decision";
        } catch (InvalidRoomInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", page(id, false, request));
            model.addAttribute("decisionProblems", e.problems());
            model.addAttribute("decisionFramework", framework);
            model.addAttribute("decisionNotes", notes);
            return "rooms/room";
        }
    }

    private RoomPage page(String id, boolean justCreated, HttpServletRequest request) {
        return page(
                rooms.access(id, cookies.facilitatorKey(request), cookies.ballotKey(request)), justCreated, request);
    }

    private RoomPage page(RoomAccess access, boolean justCreated, HttpServletRequest request) {
        String id = access.shown().room().id();
        RoomState state = access.shown();
        Room room = state.room();
        boolean facilitator = access.facilitator();
        String facilitatorLink = justCreated && facilitator
                ? absolute("/rooms/{id}/facilitate", id) + "?key="
                        + cookies.facilitatorKey(request).orElseThrow()
                : null;
        Ballot own = access.own().orElse(null);
        String joinUrl = absolute("/rooms/{id}/join", id);
        GroupView group = room.revealed()
                ? results.evaluate(state)
                        .map(g -> GroupView.of(state, state.kb(), g))
                        .orElse(null)
                : null;
        String decisionName = room.decided() ? GroupView.frameworkName(state.kb(), room.decisionFramework()) : null;
        Optional<KnowledgeBase> newer = results.newerVersion(state);
        // Before the reveal the answers are hidden, so what they would give is too.
        GroupView newerGroup = room.revealed()
                ? newer.flatMap(kb -> results.evaluateWithCurrent(state).map(g -> GroupView.of(state, kb, g)))
                        .orElse(null)
                : null;
        return new RoomPage(
                room,
                state.ballots(),
                access.answered(),
                facilitator,
                access.seesAnswers(),
                facilitatorLink,
                own,
                joinUrl,
                qrCodes.svg(joinUrl),
                group,
                decisionName,
                state.kb(),
                state.candidates().stream()
                        .map(fw -> state.kb().framework(fw).orElseThrow())
                        .toList(),
                newer.map(KnowledgeBase::version).orElse(null),
                newerGroup,
                closingTime.describe(room));
    }

    private String ballotForm(
            PinnedRoom state,
            String name,
            String reason,
            Map<String, Integer> answers,
            Map<String, List<String>> chosen,
            Map<String, String> weightReasons,
            List<AnswerProblem> problems,
            Profile profile,
            boolean editing,
            Model model) {
        new QuestionnaireForm(state.kb(), profile, answers, null).addTo(model);
        boolean asksProject = !state.kb().questions().isEmpty();
        model.addAttribute("chosen", chosen);
        model.addAttribute("weightReasons", weightReasons);
        model.addAttribute("fromAnswers", asksProject);
        // Fine-tuning stays folded until the member has rated a point themselves.
        model.addAttribute("fineTuneOpen", asksProject && !answers.isEmpty());
        model.addAttribute("teamKnowsNames", teamKnowsNames(state));
        model.addAttribute("room", state.room());
        // Members weigh their team's experience once the facilitator said which frameworks the team knows.
        model.addAttribute(
                "projectFields",
                state.room().teamKnows() == null
                        ? Map.of()
                        : Map.of("team-knows", state.room().teamKnows()));
        model.addAttribute("name", name);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("closing", closingTime.describe(state.room()));
        model.addAttribute("problems", problems);
        model.addAttribute("editing", editing);
        model.addAttribute("submission", editing ? null : Tokens.random());
        return "rooms/ballot";
    }

    /** The frameworks the room's team knows, by name, as the ballot page says them; empty for none. */
    private static String teamKnowsNames(PinnedRoom state) {
        return state.room().teamKnowsIds().stream()
                .map(id -> state.kb().framework(id).map(Framework::name).orElse(id))
                .collect(Collectors.joining(", "));
    }

    private Optional<Ballot> ownBallot(String roomId, HttpServletRequest request) {
        return cookies.ballotKey(request).flatMap(key -> {
            try {
                return Optional.of(rooms.ownBallot(roomId, key.ballotId(), key.key()));
            } catch (RoomException e) {
                return Optional.empty(); // removed by the facilitator, or a stale cookie: answer afresh
            }
        });
    }

    private String facilitatorKey(HttpServletRequest request) {
        return cookies.facilitatorKey(request).orElse(null);
    }

    private static Profile preset(PinnedRoom state, String id) {
        return state.kb()
                .profile(id)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no preset called '" + id + "'."));
    }

    private static String absolute(String path, String id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .build(id)
                .toString();
    }
}
