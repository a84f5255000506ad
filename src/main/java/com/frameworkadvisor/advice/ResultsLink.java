package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.LinkParameters;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one codec for answers in a link, such as {@code /results?orm=5&admin=3&must=admin,orm}: weights named by
 * criterion id, must-haves in {@code must} (a comma list, or repeated as a form's checkboxes send it). It reads and
 * validates a link, writes its canonical form, and is used by the pages, the API's {@code resultsUrl}, rooms and
 * the tests. Parameter names other than criterion ids are {@link LinkParameters}.
 */
public final class ResultsLink {

    public static final String RESULTS = "/results";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    /** Tracking parameters that chat apps and newsletters append to pasted links; they must not break a shared result. */
    private static final Pattern TRACKING = Pattern.compile("utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid");

    private static final int MAX_ECHO = 20;

    private ResultsLink() {}

    /** Reads and validates a link's answers; every problem is reported at once in an {@link InvalidAnswersException}. */
    public static Answers read(KnowledgeBase kb, Map<String, List<String>> parameters) {
        Answers.Builder answers =
                Answers.builder(kb.criteria().stream().map(Criterion::id).toList(), "");
        parameters.forEach((name, values) -> {
            if (TRACKING.matcher(name).matches()) {
                return;
            }
            if (name.equals(LinkParameters.MUST_HAVES)) {
                values.forEach(list -> readMustHaves(list, answers));
            } else if (kb.criterion(name).isEmpty()) {
                answers.reject(echo(name), "'" + echo(name) + "' is not a known criterion");
            } else if (values.size() > 1) {
                answers.reject(name, "is given more than once");
            } else if (values.isEmpty() || values.get(0).isBlank()) {
                answers.reject(name, "has no value; give a whole number from 0 to 5");
            } else if (WHOLE_NUMBER.matcher(values.get(0)).matches()) {
                answers.put(name, Long.parseLong(values.get(0)));
            } else {
                answers.reject(name, "must be a whole number from 0 to 5, but was '" + echo(values.get(0)) + "'");
            }
        });
        return answers.build();
    }

    /**
     * Reads a link's answers to fill in a form, forgivingly: what is valid is kept, every criterion gets a weight (0
     * where none was given, so all may be 0), and the problems are listed rather than thrown.
     */
    public static Prefill prefill(KnowledgeBase kb, Map<String, List<String>> parameters) {
        Map<String, Integer> valid;
        List<String> mustHaves;
        List<AnswerProblem> problems;
        try {
            Answers answers = read(kb, parameters);
            valid = answers.weights().values();
            mustHaves = answers.mustHaves();
            problems = List.of();
        } catch (InvalidAnswersException e) {
            valid = e.validAnswers();
            mustHaves = e.validMustHaves();
            problems = e.problems();
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            weights.put(criterion.id(), valid.getOrDefault(criterion.id(), 0));
        }
        return new Prefill(weights, mustHaves, problems);
    }

    /** Answers to show in a form; unlike {@link Answers}, their weights may all be 0. */
    public record Prefill(Map<String, Integer> weights, List<String> mustHaves, List<AnswerProblem> problems) {}

    /** The canonical query, e.g. {@code orm=5&admin=3&must=admin}: non-zero weights and must-haves in criterion order. */
    public static String query(Answers answers) {
        return query(answers.weights().values(), answers.mustHaves());
    }

    /** The canonical query of (possibly partial) answers, given in criterion order; zero weights are left out. */
    public static String query(Map<String, Integer> weights, List<String> mustHaves) {
        StringBuilder query = new StringBuilder();
        weights.forEach((id, weight) -> {
            if (weight > 0) {
                query.append(query.isEmpty() ? "" : "&").append(id).append('=').append(weight);
            }
        });
        if (!mustHaves.isEmpty()) {
            query.append(query.isEmpty() ? "" : "&")
                    .append(LinkParameters.MUST_HAVES)
                    .append('=')
                    .append(String.join(",", mustHaves));
        }
        return query.toString();
    }

    /** The results page of these answers, as a path with its canonical query. */
    public static String path(Answers answers) {
        return RESULTS + "?" + query(answers);
    }

    /**
     * Weights written by {@link #query(Map, List)} and kept by this application (a room's stored ballots), read back
     * as they were written: no must-haves, no validation against a knowledge base.
     */
    public static Map<String, Integer> storedWeights(String query) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return weights;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            weights.put(pair.substring(0, equals), Integer.parseInt(pair.substring(equals + 1)));
        }
        return weights;
    }

    private static void readMustHaves(String list, Answers.Builder answers) {
        String[] items = list.split(",", -1);
        for (String item : items) {
            if (item.isBlank()) {
                answers.problem(
                        LinkParameters.MUST_HAVES,
                        "must be a comma-separated list of criterion ids such as 'admin,orm', but was '" + echo(list)
                                + "'");
                return;
            }
        }
        for (String item : items) {
            answers.mustHave(LinkParameters.MUST_HAVES, echo(item.strip()));
        }
    }

    private static String echo(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }
}
