package com.frameworkadvisor.web;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.Weights;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads weights from query parameters named by criterion id, e.g. {@code ?orm=5&admin=3}. */
final class WeightsQuery {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    /** Tracking parameters that chat apps and newsletters append to pasted links; they must not break a shared result. */
    private static final Pattern TRACKING = Pattern.compile("utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid");
    private static final int MAX_ECHO = 20;

    private WeightsQuery() {
    }

    static Weights read(KnowledgeBase kb, Map<String, List<String>> parameters) {
        Weights.Builder weights = Weights.builder(kb.criteria().stream().map(Criterion::id).toList(), "");
        parameters.forEach((name, values) -> {
            if (TRACKING.matcher(name).matches()) {
                return;
            }
            if (kb.criterion(name).isEmpty()) {
                weights.reject(echo(name), "'" + echo(name) + "' is not a known criterion");
            } else if (values.size() > 1) {
                weights.reject(name, "is given more than once");
            } else if (values.isEmpty() || values.get(0).isBlank()) {
                weights.reject(name, "has no value; give a whole number from 0 to 5");
            } else if (WHOLE_NUMBER.matcher(values.get(0)).matches()) {
                weights.put(name, Long.parseLong(values.get(0)));
            } else {
                weights.reject(name, "must be a whole number from 0 to 5, but was '" + echo(values.get(0)) + "'");
            }
        });
        return weights.build();
    }

    /** The query string that pre-fills these answers, e.g. {@code orm=5&admin=3}; zero answers are left out. */
    static String of(Map<String, Integer> answers) {
        StringBuilder query = new StringBuilder();
        answers.forEach((id, weight) -> {
            if (weight > 0) {
                query.append(query.isEmpty() ? "" : "&").append(id).append('=').append(weight);
            }
        });
        return query.toString();
    }

    private static String echo(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }
}
