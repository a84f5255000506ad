package com.frameworkadvisor.web;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.Answers;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads answers from query parameters: weights named by criterion id and must-haves in {@code must}, e.g.
 * {@code ?orm=5&admin=3&must=admin,orm}. A form's checkboxes send {@code must=admin&must=orm}, which means the same.
 */
public final class AnswersQuery {

    static final String MUST = "must";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    /** Tracking parameters that chat apps and newsletters append to pasted links; they must not break a shared result. */
    private static final Pattern TRACKING = Pattern.compile("utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid");

    private static final int MAX_ECHO = 20;

    private AnswersQuery() {}

    public static Answers read(KnowledgeBase kb, Map<String, List<String>> parameters) {
        Answers.Builder answers =
                Answers.builder(kb.criteria().stream().map(Criterion::id).toList(), "");
        parameters.forEach((name, values) -> {
            if (TRACKING.matcher(name).matches()) {
                return;
            }
            if (name.equals(MUST)) {
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

    private static void readMustHaves(String list, Answers.Builder answers) {
        String[] items = list.split(",", -1);
        for (String item : items) {
            if (item.isBlank()) {
                answers.problem(
                        MUST,
                        "must be a comma-separated list of criterion ids such as 'admin,orm', but was '" + echo(list)
                                + "'");
                return;
            }
        }
        for (String item : items) {
            answers.mustHave(MUST, echo(item.strip()));
        }
    }

    private static String echo(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }
}
