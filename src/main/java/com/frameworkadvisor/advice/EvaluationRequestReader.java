package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.PublishedVersion;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import com.frameworkadvisor.scoring.ProjectAnswers;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code {"weights": {"orm": 5}}} from a parsed body by hand, so that every wrong type or value is reported
 * with the path of its field rather than as a generic binding failure. Rooms read a ballot's weights the same way.
 */
public final class EvaluationRequestReader {

    private static final String WEIGHTS = "weights";
    private static final String MUST_HAVE = "mustHave";
    private static final String VERSION = "knowledgeBaseVersion";
    private static final String FRAMEWORKS = "frameworks";
    private static final String PROJECT = "project";

    private EvaluationRequestReader() {}

    /** The answers, and the knowledge base they are for: the one the body names, or else the current one. */
    static ResultsLink.Read read(KnowledgeBases kbs, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("body", "the request body must be a JSON object such as {\"weights\": {\"orm\": 5}}");
        }
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            if (!List.of(VERSION, WEIGHTS, MUST_HAVE, FRAMEWORKS, PROJECT).contains(property.getKey())) {
                throw invalid(
                        property.getKey(),
                        "is not a known property; the properties are 'knowledgeBaseVersion', 'project', 'weights',"
                                + " 'mustHave' and 'frameworks'");
            }
        }
        KnowledgeBase kb = version(kbs, body.get(VERSION));
        Answers answers = answers(kbs, kb, body);
        return new ResultsLink.Read(answers.ratedVersionOf(kb), answers);
    }

    private static KnowledgeBase version(KnowledgeBases kbs, JsonNode version) {
        if (version == null || version.isNull()) {
            return kbs.current();
        }
        if (!version.isString()
                || !PublishedVersion.FORMAT.matcher(version.asString()).matches()) {
            throw invalid(
                    VERSION,
                    "must be a knowledge-base version such as " + kbs.current().version() + ", but was "
                            + describe(version));
        }
        return kbs.find(version.asString())
                .orElseThrow(() -> invalid(
                        VERSION,
                        "'" + version.asString() + "' is not a published knowledge-base version; the versions are "
                                + String.join(
                                        ", ",
                                        kbs.versions().stream()
                                                .map(PublishedVersion::version)
                                                .toList())));
    }

    private static Answers answers(KnowledgeBases kbs, KnowledgeBase kb, JsonNode body) {
        JsonNode weights = body.get(WEIGHTS);
        JsonNode project = body.get(PROJECT);
        boolean hasProject = project != null && !project.isNull();
        if (!hasProject && (weights == null || weights.isNull())) {
            throw invalid(
                    WEIGHTS, "is required without 'project': an object of criterion ids to whole numbers from 0 to 5");
        }
        if (weights != null && !weights.isNull() && !weights.isObject()) {
            throw invalid(WEIGHTS, "must be an object of criterion ids to whole numbers from 0 to 5");
        }
        Answers.Builder builder = Answers.builder(kb, WEIGHTS + ".");
        if (hasProject) {
            readProject(kb, project, builder);
        }
        if (weights == null || weights.isNull()) {
            readMustHaves(body.get(MUST_HAVE), builder);
            readCandidates(kbs, kb, body.get(FRAMEWORKS), builder);
            return builder.build();
        }
        for (Map.Entry<String, JsonNode> entry : weights.properties()) {
            List<String> elsewhere =
                    kb.criterion(entry.getKey()).isPresent() ? List.of() : kbs.versionsWithCriterion(entry.getKey());
            if (elsewhere.isEmpty()) {
                readWeight(entry, builder);
            } else {
                builder.problem(
                        WEIGHTS + "." + entry.getKey(),
                        "'" + entry.getKey() + "' is not a criterion in knowledge base " + kb.version()
                                + "; it is one in " + String.join(", ", elsewhere));
            }
        }
        readMustHaves(body.get(MUST_HAVE), builder);
        readCandidates(kbs, kb, body.get(FRAMEWORKS), builder);
        return builder.build();
    }

    /**
     * {@code "project": {"project-kind": "json-api", "team-knows": ["flask"]}}: each property a question id, its value
     * an option id or an array of them; problems name {@code project.<question>}.
     */
    private static void readProject(KnowledgeBase kb, JsonNode project, Answers.Builder builder) {
        if (!project.isObject()) {
            builder.problem(
                    PROJECT,
                    "must be an object of question ids to answers such as {\"project-kind\": \"json-api\"}, but was "
                            + describe(project));
            return;
        }
        builder.project(
                ProjectAnswers.read(kb, projectOptions(project, builder::problem), PROJECT + ".", builder::problem));
    }

    /**
     * The options given for each question of a {@code project} object (an answer id or an array of them), not yet
     * checked against a knowledge base ({@link ProjectAnswers#read} does that); a value of another type is reported as
     * {@code project.<question>}. Rooms read a member's project the same way.
     */
    public static Map<String, List<String>> projectOptions(
            JsonNode project, java.util.function.BiConsumer<String, String> problems) {
        Map<String, List<String>> given = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : project.properties()) {
            String field = PROJECT + "." + entry.getKey();
            JsonNode value = entry.getValue();
            List<String> options = new java.util.ArrayList<>();
            if (value.isString()) {
                options.add(value.asString());
            } else if (value.isArray() && value.valueStream().allMatch(JsonNode::isString)) {
                value.valueStream().map(JsonNode::asString).forEach(options::add);
            } else {
                problems.accept(field, "must be an answer id or an array of answer ids, but was " + describe(value));
                continue;
            }
            given.put(entry.getKey(), options);
        }
        return given;
    }

    /** Puts each property of a {@code weights} object into the builder, reporting values that are not whole numbers. */
    public static void readWeights(JsonNode weights, Answers.Builder builder) {
        for (Map.Entry<String, JsonNode> entry : weights.properties()) {
            readWeight(entry, builder);
        }
    }

    private static void readWeight(Map.Entry<String, JsonNode> entry, Answers.Builder builder) {
        JsonNode value = entry.getValue();
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            builder.put(entry.getKey(), value.longValue());
        } else if (value.isIntegralNumber()) {
            builder.reject(entry.getKey(), "must be a whole number from 0 to 5, but was " + value);
        } else {
            builder.reject(entry.getKey(), "must be a whole number from 0 to 5, but was " + describe(value));
        }
    }

    private static void readMustHaves(JsonNode mustHaves, Answers.Builder builder) {
        if (mustHaves == null || mustHaves.isNull()) {
            return;
        }
        if (!mustHaves.isArray()) {
            builder.problem(
                    MUST_HAVE, "must be an array of criterion ids such as [\"admin\"], but was " + describe(mustHaves));
            return;
        }
        for (int i = 0; i < mustHaves.size(); i++) {
            JsonNode item = mustHaves.get(i);
            String field = MUST_HAVE + "[" + i + "]";
            if (item.isString()) {
                builder.mustHave(field, item.asString());
            } else {
                builder.problem(field, "must be a criterion id, but was " + describe(item));
            }
        }
    }

    /**
     * Absent, null or empty: the version's default candidates (generated clients send an empty array for a list left
     * unset). Otherwise the rules are the link's ({@link ResultsLink#candidates}).
     */
    private static void readCandidates(
            KnowledgeBases kbs, KnowledgeBase kb, JsonNode frameworks, Answers.Builder builder) {
        if (frameworks == null || frameworks.isNull() || (frameworks.isArray() && frameworks.isEmpty())) {
            return;
        }
        if (!frameworks.isArray()) {
            builder.problem(
                    FRAMEWORKS,
                    "must be an array of framework ids such as [\"" + String.join("\", \"", kb.candidatesByDefault())
                            + "\"], but was " + describe(frameworks));
            return;
        }
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < frameworks.size(); i++) {
            JsonNode item = frameworks.get(i);
            if (!item.isString()) {
                builder.problem(FRAMEWORKS + "[" + i + "]", "must be a framework id, but was " + describe(item));
                return;
            }
            ids.add(item.asString());
        }
        ResultsLink.candidates(kb, kbs::versionsWithFramework, FRAMEWORKS, ids, builder::problem)
                .ifPresent(builder::candidates);
    }

    public static String describe(JsonNode value) {
        if (value.isNumber()) {
            return value.toString();
        }
        if (value.isString()) {
            return "a string";
        }
        return value.isNull() ? "null" : "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static InvalidAnswersException invalid(String field, String message) {
        return new InvalidAnswersException(List.of(new AnswerProblem(field, message)), Map.of(), List.of());
    }
}
