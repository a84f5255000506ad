package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.EvaluationRequestReader;
import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Question;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.ProjectAnswers;
import com.frameworkadvisor.scoring.Weights;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the bodies of the room API by hand, like {@link EvaluationRequestReader}, so that every wrong type, unknown
 * property or bad value is reported with the name of its field, all at once.
 */
final class RoomRequestReader {

    private RoomRequestReader() {}

    /**
     * @param frameworks the ids given, or {@code null} when the body names none (the version's defaults)
     * @param settings how the room runs
     */
    record RoomFields(
            String title, String context, List<String> frameworks, RoomSettings settings, List<String> teamKnows) {}

    /**
     * @param weights the final weights: those the member's project answers derive (with the room's {@code team-knows}),
     *     with the weights given overriding them, or the weights given alone
     * @param project the member's own project answers, without the room's {@code team-knows}; none when not given
     */
    record BallotFields(String name, String reason, Weights weights, ProjectAnswers project) {}

    /**
     * The closing time a reopening sets.
     *
     * @param given whether the body named one ({@code null} for none); if not, the room keeps its own
     */
    record Reopening(boolean given, Instant closesAt) {

        static final Reopening KEEP = new Reopening(false, null);
    }

    record DecisionFields(String framework, String notes) {}

    static RoomFields room(JsonNode body) {
        List<AnswerProblem> problems = new ArrayList<>();
        checkObject(
                body,
                Set.of(
                        "title",
                        "context",
                        "frameworks",
                        "project",
                        "anonymous",
                        "reasonRequired",
                        RoomSettings.CLOSES_AT,
                        RoomSettings.EXPECTED_MEMBERS,
                        RoomSettings.REVEAL_WHEN_ALL_ANSWERED),
                "{\"title\": \"Web framework for the shop\"}",
                problems);
        String title = text(body, "title", problems);
        String context = text(body, "context", problems);
        List<String> frameworks = frameworks(body, problems);
        boolean anonymous = flag(body, "anonymous", problems);
        boolean reasonRequired = flag(body, "reasonRequired", problems);
        RoomInput input = new RoomInput();
        Instant closesAt =
                RoomSettings.instant(input, RoomSettings.CLOSES_AT, text(body, RoomSettings.CLOSES_AT, problems));
        Integer expected = wholeNumber(body, RoomSettings.EXPECTED_MEMBERS, problems);
        boolean reveal = flag(body, RoomSettings.REVEAL_WHEN_ALL_ANSWERED, problems);
        problems.addAll(input.problems());
        throwIfAny(problems);
        List<String> teamKnows = teamKnows(body, problems);
        throwIfAny(problems);
        return new RoomFields(
                title,
                context,
                frameworks,
                new RoomSettings(anonymous, reasonRequired, closesAt, expected, reveal),
                teamKnows);
    }

    /**
     * {@code "project": {"team-knows": ["django"]}}: the one project answer a room takes, from its facilitator; which
     * options are valid is the room service's to say. Absent or null: not answered.
     */
    private static List<String> teamKnows(JsonNode body, List<AnswerProblem> problems) {
        JsonNode project = body == null || !body.isObject() ? null : body.get("project");
        if (project == null || project.isNull()) {
            return null;
        }
        if (!project.isObject()) {
            problems.add(new AnswerProblem("project", "must be an object such as {\"team-knows\": [\"django\"]}"));
            return null;
        }
        List<String> known = new ArrayList<>();
        for (var entry : project.properties()) {
            if (!entry.getKey().equals("team-knows")) {
                problems.add(new AnswerProblem(
                        "project." + entry.getKey(),
                        "a room takes only 'team-knows' from its facilitator; members answer the other questions"));
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.isString()) {
                known.add(value.asString());
            } else if (value.isArray() && value.valueStream().allMatch(JsonNode::isString)) {
                value.valueStream().map(JsonNode::asString).forEach(known::add);
            } else {
                problems.add(new AnswerProblem("project.team-knows", "must be an array of framework ids or 'none'"));
            }
        }
        return project.has("team-knows") ? known : null;
    }

    /**
     * An array of framework ids; which ones are valid is the room service's to say, with the link's rules. Absent,
     * null or empty (as generated clients send a list left unset): {@code null}, the version's defaults.
     */
    private static List<String> frameworks(JsonNode body, List<AnswerProblem> problems) {
        JsonNode value = body == null || !body.isObject() ? null : body.get("frameworks");
        if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
            return null;
        }
        if (!value.isArray()) {
            problems.add(new AnswerProblem(
                    "frameworks",
                    "must be an array of framework ids such as [\"django\", \"flask\"], but was "
                            + EvaluationRequestReader.describe(value)));
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isString()) {
                problems.add(new AnswerProblem(
                        "frameworks[" + i + "]",
                        "must be a framework id, but was " + EvaluationRequestReader.describe(item)));
                return null;
            }
            ids.add(item.asString());
        }
        return ids;
    }

    /** An optional body of a reopening: {@code {"closesAt": "2026-12-03T17:00:00Z"}}, or {@code null} for none. */
    static Reopening reopening(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return Reopening.KEEP;
        }
        List<AnswerProblem> problems = new ArrayList<>();
        checkObject(body, Set.of(RoomSettings.CLOSES_AT), "{\"closesAt\": \"2026-12-03T17:00:00Z\"}", problems);
        throwIfAny(problems);
        if (!body.has(RoomSettings.CLOSES_AT)) {
            return Reopening.KEEP;
        }
        RoomInput input = new RoomInput();
        Instant closesAt =
                RoomSettings.instant(input, RoomSettings.CLOSES_AT, text(body, RoomSettings.CLOSES_AT, problems));
        problems.addAll(input.problems());
        throwIfAny(problems);
        return new Reopening(true, closesAt);
    }

    static DecisionFields decision(JsonNode body) {
        List<String> texts = texts(body, "{\"framework\": \"django\", \"notes\": \"...\"}", "framework", "notes");
        return new DecisionFields(texts.get(0), texts.get(1));
    }

    /** A body of optional text properties, read in the order named; every problem is reported at once. */
    private static List<String> texts(JsonNode body, String example, String... names) {
        List<AnswerProblem> problems = new ArrayList<>();
        checkObject(body, Set.of(names), example, problems);
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            texts.add(text(body, name, problems));
        }
        throwIfAny(problems);
        return texts;
    }

    /**
     * A member's name, reason, project answers and weights, checked against the room's rules; problems with all are
     * reported together, as {@code name}, {@code reason}, {@code project.*} and {@code weights.*}. With a
     * {@code project}, the weights derive from it as for a single result (ADR 0015) and {@code weights} only override;
     * {@code team-knows} is the room's, answered by its facilitator, so a member's is refused.
     */
    static BallotFields ballot(Room room, KnowledgeBase kb, JsonNode body) {
        List<AnswerProblem> problems = new ArrayList<>();
        checkObject(
                body,
                Set.of("name", "reason", "weights", "project"),
                "{\"name\": \"Ada\", \"reason\": \"...\", \"project\": {\"project-kind\": \"json-api\"}}",
                problems);
        throwIfAny(problems);
        String name = text(body, "name", problems);
        String reason = text(body, "reason", problems);
        if (problems.isEmpty()) {
            problems.addAll(RoomInput.memberProblems(room, name, reason));
        }
        JsonNode project = body.get("project");
        boolean hasProject = project != null && !project.isNull();
        Answers.Builder builder = hasProject
                ? Answers.builder(kb, "weights.")
                : Answers.builder(kb.criteria().stream().map(Criterion::id).toList(), "weights.");
        problems.forEach(p -> builder.problem(p.field(), p.message()));
        ProjectAnswers own = hasProject ? project(room, kb, project, builder) : ProjectAnswers.NONE;
        JsonNode weights = body.get("weights");
        if (weights == null || weights.isNull()) {
            if (!hasProject) {
                builder.problem(
                        "weights",
                        "is required without 'project': an object of criterion ids to whole numbers from 0 to 5");
            }
        } else if (!weights.isObject()) {
            builder.problem("weights", "must be an object of criterion ids to whole numbers from 0 to 5");
        } else {
            EvaluationRequestReader.readWeights(weights, builder);
        }
        return new BallotFields(name, reason, builder.build().weights(), own);
    }

    /**
     * A member's {@code project}, read like the evaluation API's; the answers derive with the room's {@code team-knows}
     * added. Returns the member's own answers, as stored.
     */
    private static ProjectAnswers project(Room room, KnowledgeBase kb, JsonNode project, Answers.Builder builder) {
        if (!project.isObject()) {
            builder.problem(
                    "project",
                    "must be an object of question ids to answers such as {\"project-kind\": \"json-api\"}, but was "
                            + EvaluationRequestReader.describe(project));
            return ProjectAnswers.NONE;
        }
        Map<String, List<String>> given = EvaluationRequestReader.projectOptions(project, builder::problem);
        if (given.remove(Question.TEAM_KNOWS) != null) {
            builder.problem(
                    "project." + Question.TEAM_KNOWS,
                    "is answered for the whole room by its facilitator; leave it out of a member's answers");
        }
        ProjectAnswers own = ProjectAnswers.read(kb, given, "project.", builder::problem);
        builder.project(withRoomAnswers(room, own));
        return own;
    }

    /** A member's project answers with the room's {@code team-knows}, which rates the team's experience for all. */
    static ProjectAnswers withRoomAnswers(Room room, ProjectAnswers own) {
        if (room.teamKnows() == null) {
            return own;
        }
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(own.answers());
        all.put(Question.TEAM_KNOWS, List.of(room.teamKnows().split(",")));
        return new ProjectAnswers(all);
    }

    private static void checkObject(JsonNode body, Set<String> known, String example, List<AnswerProblem> problems) {
        if (body == null || !body.isObject()) {
            problems.add(new AnswerProblem("body", "the request body must be a JSON object such as " + example));
            return;
        }
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            if (!known.contains(property.getKey())) {
                problems.add(new AnswerProblem(
                        property.getKey(),
                        "is not a known property; the properties are "
                                + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    private static String text(JsonNode body, String field, List<AnswerProblem> problems) {
        JsonNode value = body == null || !body.isObject() ? null : body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(
                    new AnswerProblem(field, "must be a string, but was " + EvaluationRequestReader.describe(value)));
            return null;
        }
        return value.asString();
    }

    private static boolean flag(JsonNode body, String field, List<AnswerProblem> problems) {
        JsonNode value = body == null || !body.isObject() ? null : body.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(new AnswerProblem(
                    field, "must be true or false, but was " + EvaluationRequestReader.describe(value)));
            return false;
        }
        return value.asBoolean();
    }

    private static Integer wholeNumber(JsonNode body, String field, List<AnswerProblem> problems) {
        JsonNode value = body == null || !body.isObject() ? null : body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(new AnswerProblem(
                    field, "must be a whole number, but was " + EvaluationRequestReader.describe(value)));
            return null;
        }
        return value.asInt();
    }

    private static void throwIfAny(List<AnswerProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRoomInputException(problems);
        }
    }
}
