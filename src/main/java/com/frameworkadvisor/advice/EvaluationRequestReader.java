package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.InvalidAnswersException;
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

    private EvaluationRequestReader() {}

    static Answers read(KnowledgeBase kb, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("body", "the request body must be a JSON object such as {\"weights\": {\"orm\": 5}}");
        }
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            if (!property.getKey().equals(WEIGHTS) && !property.getKey().equals(MUST_HAVE)) {
                throw invalid(
                        property.getKey(), "is not a known property; the properties are 'weights' and 'mustHave'");
            }
        }
        JsonNode weights = body.get(WEIGHTS);
        if (weights == null || weights.isNull()) {
            throw invalid(WEIGHTS, "is required: an object of criterion ids to whole numbers from 0 to 5");
        }
        if (!weights.isObject()) {
            throw invalid(WEIGHTS, "must be an object of criterion ids to whole numbers from 0 to 5");
        }
        Answers.Builder builder =
                Answers.builder(kb.criteria().stream().map(Criterion::id).toList(), WEIGHTS + ".");
        readWeights(weights, builder);
        readMustHaves(body.get(MUST_HAVE), builder);
        return builder.build();
    }

    /** Puts each property of a {@code weights} object into the builder, reporting values that are not whole numbers. */
    public static void readWeights(JsonNode weights, Answers.Builder builder) {
        for (Map.Entry<String, JsonNode> entry : weights.properties()) {
            JsonNode value = entry.getValue();
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                builder.put(entry.getKey(), value.longValue());
            } else if (value.isIntegralNumber()) {
                builder.reject(entry.getKey(), "must be a whole number from 0 to 5, but was " + value);
            } else {
                builder.reject(entry.getKey(), "must be a whole number from 0 to 5, but was " + describe(value));
            }
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
