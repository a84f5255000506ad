package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.KnowledgeBaseException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a JSON Schema cannot express: ids are unique and cross-references resolve, every framework is rated on
 * every criterion, profiles weight exactly the known criteria, no criterion id is a name that links reserve, and
 * candidate lists (the version's defaults, a preset's own) name at least two frameworks of this version, once each;
 * and evidence is dated and traceable ({@link SourcingRules}).
 */
final class KnowledgeBaseValidator {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    List<Problem> problemsIn(KnowledgeBase kb) {
        List<Problem> problems = new ArrayList<>();
        checkIds("$.frameworks", kb.frameworks(), Framework::id, problems);
        checkIds("$.sources", kb.sources(), Source::id, problems);
        checkIds("$.groups", kb.groups(), CriterionGroup::id, problems);
        checkIds("$.criteria", kb.criteria(), Criterion::id, problems);
        checkNotReserved("$.criteria", kb.criteria(), Criterion::id, problems);
        checkIds("$.profiles", kb.profiles(), Profile::id, problems);
        checkCriteria(kb, problems);
        checkProfiles(kb, problems);
        checkCandidates("$.defaultCandidates", kb.defaultCandidates(), kb, problems);
        for (int i = 0; i < kb.profiles().size(); i++) {
            checkCandidates(
                    "$.profiles[" + i + "].candidates", kb.profiles().get(i).candidates(), kb, problems);
        }
        QuestionRules.check(kb, problems);
        SourcingRules.check(kb, problems);
        return problems;
    }

    private static <T> void checkIds(String path, List<T> items, Function<T, String> id, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            String location = path + "[" + i + "].id";
            if (!KEBAB_CASE.matcher(value).matches()) {
                problems.add(new Problem(
                        location,
                        "id '" + value + "' is not kebab-case (lower-case letters, digits and single hyphens)"));
            }
            if (!seen.add(value)) {
                problems.add(new Problem(location, "id '" + value + "' is used more than once"));
            }
        }
    }

    /** An id that is a link parameter name of its own would make links ambiguous ({@link LinkParameters}). */
    private static <T> void checkNotReserved(
            String path, List<T> items, Function<T, String> id, List<Problem> problems) {
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (LinkParameters.RESERVED.contains(value)) {
                problems.add(new Problem(
                        path + "[" + i + "].id",
                        "id '" + value + "' is reserved for links (" + String.join(", ", LinkParameters.RESERVED)
                                + ")"));
            }
        }
    }

    private static void checkCriteria(KnowledgeBase kb, List<Problem> problems) {
        Set<String> frameworkIds = ids(kb.frameworks(), Framework::id);
        Set<String> sourceIds = ids(kb.sources(), Source::id);
        Set<String> groupIds = ids(kb.groups(), CriterionGroup::id);
        for (int i = 0; i < kb.criteria().size(); i++) {
            Criterion criterion = kb.criteria().get(i);
            String path = "$.criteria[" + i + "]";
            if (!groupIds.contains(criterion.group())) {
                problems.add(
                        new Problem(path + ".group", "group '" + criterion.group() + "' is not one of the groups"));
            }
            for (String frameworkId : criterion.userRated() ? Set.<String>of() : frameworkIds) {
                if (!criterion.ratings().containsKey(frameworkId)) {
                    problems.add(new Problem(
                            path + ".ratings",
                            "criterion '" + criterion.id() + "' does not rate framework '" + frameworkId + "'"));
                }
            }
            for (Map.Entry<String, Rating> entry : criterion.ratings().entrySet()) {
                String ratingPath = path + ".ratings." + entry.getKey();
                if (!frameworkIds.contains(entry.getKey())) {
                    problems.add(new Problem(
                            ratingPath, "rates '" + entry.getKey() + "', which is not one of the frameworks"));
                }
                checkScore(ratingPath + ".score", entry.getValue().score(), problems);
                List<String> cited = entry.getValue().sources();
                for (int s = 0; s < cited.size(); s++) {
                    if (!sourceIds.contains(cited.get(s))) {
                        problems.add(new Problem(
                                ratingPath + ".sources[" + s + "]",
                                "cites source '" + cited.get(s) + "', which is not one of the sources"));
                    }
                }
            }
            checkWeight(path + ".defaultWeight", criterion.defaultWeight(), problems);
        }
    }

    private static void checkScore(String location, double score, List<Problem> problems) {
        if (score < 1 || score > 5 || score * 2 != Math.rint(score * 2)) {
            problems.add(new Problem(location, "score " + score + " is not between 1 and 5 in steps of 0.5"));
        }
    }

    private static void checkWeight(String location, int weight, List<Problem> problems) {
        if (weight < 0 || weight > 5) {
            problems.add(new Problem(location, "weight " + weight + " is not an integer from 0 to 5"));
        }
    }

    private static void checkProfiles(KnowledgeBase kb, List<Problem> problems) {
        Set<String> criterionIds = ids(kb.criteria(), Criterion::id);
        for (int i = 0; i < kb.profiles().size(); i++) {
            Profile profile = kb.profiles().get(i);
            String path = "$.profiles[" + i + "].weights";
            profile.weights().forEach((criterionId, weight) -> {
                if (!criterionIds.contains(criterionId)) {
                    problems.add(new Problem(
                            path + "." + criterionId,
                            "weights '" + criterionId + "', which is not one of the criteria"));
                }
                checkWeight(path + "." + criterionId, weight, problems);
            });
            for (String criterionId : criterionIds) {
                // A preset may leave out the criterion the user rates: it counts 0 until the team says what it knows.
                boolean userRated = kb.criterion(criterionId).orElseThrow().userRated();
                if (!userRated && !profile.weights().containsKey(criterionId)) {
                    problems.add(new Problem(
                            path, "profile '" + profile.id() + "' gives no weight to criterion '" + criterionId + "'"));
                }
            }
            if (profile.weights().values().stream().allMatch(weight -> weight == 0)) {
                problems.add(new Problem(path, "profile '" + profile.id() + "' gives every criterion weight 0"));
            }
        }
    }

    /** An empty list is an absent one: the defaults apply (the schema refuses an explicitly empty one). */
    private static void checkCandidates(
            String path, List<String> candidates, KnowledgeBase kb, List<Problem> problems) {
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> frameworkIds = ids(kb.frameworks(), Framework::id);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            String id = candidates.get(i);
            if (!frameworkIds.contains(id)) {
                problems.add(
                        new Problem(path + "[" + i + "]", "names '" + id + "', which is not one of the frameworks"));
            } else if (!seen.add(id)) {
                problems.add(new Problem(path + "[" + i + "]", "names '" + id + "' more than once"));
            }
        }
        if (seen.size() < 2) {
            problems.add(new Problem(path, "names fewer than two frameworks; a choice needs at least two"));
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
