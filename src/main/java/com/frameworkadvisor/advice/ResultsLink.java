package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.LinkParameters;
import com.frameworkadvisor.knowledge.PublishedVersion;
import com.frameworkadvisor.knowledge.Question;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import com.frameworkadvisor.scoring.ProjectAnswers;
import com.frameworkadvisor.scoring.ProjectRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one codec for answers in a link, such as {@code /results?v=2026.11.1&orm=5&admin=3&must=admin,orm}: the
 * knowledge-base version in {@code v}, weights named by criterion id, must-haves in {@code must} and the frameworks in
 * the running in {@code fw} (each a comma list, or repeated as a form's checkboxes send it). A link without {@code v}
 * was made before knowledge bases were versioned and means the first published version, so it shows for ever what it
 * showed then; a link without {@code fw} puts the version's default candidates in the running. The codec reads and validates a
 * link, writes its canonical form, and is used by the pages, the API's {@code resultsUrl}, rooms and the tests.
 * Parameter names other than criterion ids are {@link LinkParameters}.
 */
public final class ResultsLink {

    public static final String RESULTS = "/results";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    /** Tracking parameters that chat apps and newsletters append to pasted links; they must not break a shared result. */
    private static final Pattern TRACKING = Pattern.compile("utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid");

    private static final int MAX_ECHO = 20;
    /** The longest id the knowledge-base schema allows. */
    private static final int MAX_ID = 40;

    private ResultsLink() {}

    /** A results link as read: the knowledge-base version it was computed with, and its answers. */
    public record Read(KnowledgeBase kb, Answers answers) {}

    /**
     * Reads and validates a results link. Every problem with the answers is reported at once in an
     * {@link InvalidAnswersException}; for problems with {@code v}, see {@link #version}.
     */
    public static Read read(KnowledgeBases kbs, Map<String, List<String>> parameters) {
        KnowledgeBase kb = version(kbs, parameters.get(LinkParameters.VERSION), LinkParameters.VERSION);
        Answers answers = read(
                kb,
                id -> !kbs.versionsWithCriterion(id).isEmpty(),
                kbs::versionsWithFramework,
                id -> kbs.versions().stream()
                        .map(v -> v.version())
                        .filter(v -> kbs.find(v).orElseThrow().question(id).isPresent())
                        .toList(),
                parameters);
        return new Read(answers.ratedVersionOf(kb), answers);
    }

    /**
     * The version a link names, or the first published one when it names none. A malformed or repeated version is a
     * 400 naming the parameter; a well-formed version that was never published here is an
     * {@link UnknownVersionException}, a 404.
     *
     * @param field the parameter's name, as the error names it
     */
    static KnowledgeBase version(KnowledgeBases kbs, List<String> values, String field) {
        if (values == null) {
            return kbs.first();
        }
        if (values.size() != 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field + ": is given more than once");
        }
        String version = values.get(0);
        if (!PublishedVersion.FORMAT.matcher(version).matches()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    field + ": must be a knowledge-base version such as "
                            + kbs.current().version() + ", but was '" + echo(version) + "'");
        }
        return kbs.find(version).orElseThrow(() -> new UnknownVersionException(version, kbs));
    }

    /**
     * @param elsewhere whether an id that is no criterion of {@code kb} is one in another published version
     * @param frameworkElsewhere the published versions that have a framework with an id that is none of {@code kb}'s
     */
    private static Answers read(
            KnowledgeBase kb,
            Predicate<String> elsewhere,
            Function<String, List<String>> frameworkElsewhere,
            Function<String, List<String>> questionElsewhere,
            Map<String, List<String>> parameters) {
        Answers.Builder answers = Answers.builder(kb, "");
        readProject(kb, questionElsewhere, parameters, answers);
        readPreset(kb, parameters, answers);
        parameters.forEach((name, values) -> {
            if (TRACKING.matcher(name).matches()
                    || name.equals(LinkParameters.VERSION)
                    || name.equals(LinkParameters.PROFILE)
                    || kb.question(name).isPresent()
                    || (kb.criterion(name).isEmpty()
                            && !questionElsewhere.apply(name).isEmpty())) {
                return;
            }
            if (name.equals(LinkParameters.MUST_HAVES)) {
                values.forEach(list -> readMustHaves(list, answers));
            } else if (name.equals(LinkParameters.FRAMEWORKS)) {
                readCandidates(kb, frameworkElsewhere, values, answers);
            } else if (kb.criterion(name).isEmpty() && elsewhere.test(name)) {
                answers.reject(name, "'" + name + "' is not a criterion in knowledge base " + kb.version());
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
     * The project answers of a link: each question id is one parameter (a comma list, or repeated), and
     * {@code project-kind} is required with any of them, as the project questions form requires it. A question of
     * another version, or of none here, is named with the versions that ask it.
     */
    private static void readProject(
            KnowledgeBase kb,
            Function<String, List<String>> questionElsewhere,
            Map<String, List<String>> parameters,
            Answers.Builder answers) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (kb.question(name).isPresent()) {
                List<String> options = new ArrayList<>();
                for (String list : values) {
                    Arrays.stream(list.split(",", -1)).map(String::strip).forEach(options::add);
                }
                if (options.stream().anyMatch(String::isEmpty)) {
                    answers.problem(name, "has an empty answer; choose one of its answers or leave it out");
                } else {
                    given.put(name, options.stream().map(ResultsLink::echo).toList());
                }
            } else if (kb.criterion(name).isEmpty()
                    && !questionElsewhere.apply(name).isEmpty()) {
                answers.problem(
                        name,
                        "'" + name + "' is a project question of knowledge base "
                                + String.join(", ", questionElsewhere.apply(name)) + ", not of " + kb.version()
                                + (kb.questions().isEmpty() ? ", which asks none" : ""));
            }
        });
        if (given.isEmpty()) {
            return;
        }
        ProjectAnswers project = ProjectAnswers.read(kb, given, "", answers::problem);
        kb.questions().stream().filter(Question::requiredAnswer).forEach(required -> {
            if (!given.containsKey(required.id())) {
                answers.problem(
                        required.id(),
                        "is required with the other project answers: "
                                + required.question().toLowerCase(Locale.ROOT));
            }
        });
        answers.project(project);
    }

    /**
     * {@code profile=content-site}: the weights start from that preset (its candidates when the link names none), and
     * a weight left as the preset set it gives the preset as its reason. A preset and project answers do not mix.
     */
    private static void readPreset(KnowledgeBase kb, Map<String, List<String>> parameters, Answers.Builder answers) {
        List<String> values = parameters.get(LinkParameters.PROFILE);
        if (values == null) {
            return;
        }
        if (values.size() != 1) {
            answers.problem(LinkParameters.PROFILE, "is given more than once");
            return;
        }
        if (answers.hasProject()) {
            answers.problem(LinkParameters.PROFILE, "start from a preset or from project answers, not both");
            return;
        }
        kb.profile(values.get(0))
                .ifPresentOrElse(
                        profile -> {
                            answers.preset(profile);
                            if (!parameters.containsKey(LinkParameters.FRAMEWORKS)) {
                                answers.candidates(canonicalCandidates(kb, kb.candidatesFor(profile)));
                            }
                        },
                        () -> answers.problem(
                                LinkParameters.PROFILE,
                                "'" + echo(values.get(0)) + "' is not a preset of knowledge base " + kb.version()
                                        + "; the presets are "
                                        + String.join(
                                                ", ",
                                                kb.profiles().stream()
                                                        .map(p -> p.id())
                                                        .toList())));
    }

    /**
     * Reads a link's answers to fill in a form, forgivingly: what is valid is kept, every criterion gets a weight (0
     * where none was given, so all may be 0), and the problems are listed rather than thrown.
     */
    public static Prefill prefill(KnowledgeBase kb, Map<String, List<String>> parameters) {
        Map<String, Integer> valid;
        List<String> mustHaves;
        List<AnswerProblem> problems;
        ProjectAnswers project = null;
        try {
            Answers answers = read(kb, id -> false, id -> List.of(), id -> List.of(), parameters);
            valid = answers.weights().values();
            mustHaves = answers.mustHaves();
            problems = List.of();
            project = answers.project() == null ? null : answers.project().answers();
        } catch (InvalidAnswersException e) {
            valid = e.validAnswers();
            mustHaves = e.validMustHaves();
            problems = e.problems();
            project = validProject(kb, parameters);
            if (project != null) {
                // The valid project answers still set the weights the valid explicit ones do not.
                Map<String, Integer> derived =
                        new LinkedHashMap<>(ProjectRule.derive(kb, project).weights());
                derived.putAll(valid);
                valid = derived;
            }
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            weights.put(criterion.id(), valid.getOrDefault(criterion.id(), 0));
        }
        return new Prefill(
                weights,
                mustHaves,
                candidatesToPrefill(kb, parameters.get(LinkParameters.FRAMEWORKS)),
                problems,
                project);
    }

    /** The valid project answers of a link, or null when it gives none that are valid. */
    private static ProjectAnswers validProject(KnowledgeBase kb, Map<String, List<String>> parameters) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (kb.question(name).isPresent()) {
                given.put(
                        name,
                        values.stream()
                                .flatMap(list -> Arrays.stream(list.split(",", -1)))
                                .map(String::strip)
                                .toList());
            }
        });
        ProjectAnswers project = ProjectAnswers.read(kb, given, "", (field, message) -> {});
        return project.answers().isEmpty() ? null : project;
    }

    /**
     * Answers to show in a form; unlike {@link Answers}, their weights may all be 0.
     *
     * @param candidates the frameworks to check, never empty: those the link named, or the version's defaults
     */
    public record Prefill(
            Map<String, Integer> weights,
            List<String> mustHaves,
            List<String> candidates,
            List<AnswerProblem> problems,
            ProjectAnswers project) {

        public Prefill(
                Map<String, Integer> weights,
                List<String> mustHaves,
                List<String> candidates,
                List<AnswerProblem> problems) {
            this(weights, mustHaves, candidates, problems, null);
        }
    }

    /** The frameworks of {@code kb} a link names that are valid, or the version's defaults when fewer than two are. */
    private static List<String> candidatesToPrefill(KnowledgeBase kb, List<String> values) {
        if (values == null) {
            return kb.candidatesByDefault();
        }
        List<String> named = kb.inFrameworkOrder(values.stream()
                .flatMap(list -> Arrays.stream(list.split(",", -1)))
                .map(String::strip)
                .toList());
        return named.size() < 2 ? kb.candidatesByDefault() : named;
    }

    /**
     * The frameworks in the running, as the canonical link writes them: in the knowledge base's order, and none when
     * they are the version's defaults (so a link without {@code fw} and one naming the defaults are the same answers).
     */
    public static List<String> canonicalCandidates(KnowledgeBase kb, List<String> frameworkIds) {
        List<String> ordered = kb.inFrameworkOrder(frameworkIds);
        return ordered.equals(kb.candidatesByDefault()) ? List.of() : ordered;
    }

    /**
     * The canonical query, e.g. {@code v=2026.11.1&orm=5&admin=3&must=admin}: the version, then non-zero weights and
     * must-haves in criterion order.
     */
    public static String query(KnowledgeBase kb, Answers answers) {
        if (answers.project() != null) {
            return projectQuery(kb, answers);
        }
        return query(kb, answers.weights().values(), answers.mustHaves(), answers.candidates());
    }

    /**
     * The canonical query of answers with project answers: the version, each question answered in question order
     * (options in the question's order, comma-separated), the weights given that differ from the derived ones (0
     * included), the must-haves beyond the derived ones ({@code must=none,…} when a derived one was dropped), then
     * {@code fw}.
     */
    private static String projectQuery(KnowledgeBase kb, Answers answers) {
        Answers.Project project = answers.project();
        StringBuilder query = new StringBuilder(LinkParameters.VERSION + "=" + kb.version());
        if (project.preset() != null) {
            query.append('&').append(LinkParameters.PROFILE).append('=').append(project.preset());
        }
        query.append(projectParameters(project.answers()));
        project.explicit()
                .forEach(
                        (id, weight) -> query.append('&').append(id).append('=').append(weight));
        List<String> derived = project.derived().mustHaves();
        List<String> given = answers.mustHaves();
        if (!given.equals(derived)) {
            List<String> must = new ArrayList<>();
            if (!given.containsAll(derived)) {
                must.add(Question.NONE);
                must.addAll(given);
            } else {
                given.stream().filter(id -> !derived.contains(id)).forEach(must::add);
            }
            query.append('&').append(LinkParameters.MUST_HAVES).append('=').append(String.join(",", must));
        }
        List<String> fw = canonicalCandidates(kb, answers.candidates());
        if (!fw.isEmpty()) {
            query.append('&').append(LinkParameters.FRAMEWORKS).append('=').append(String.join(",", fw));
        }
        return query.toString();
    }

    /** {@code &project-kind=json-api&team-knows=django,flask…}: project answers as link parameters, in order. */
    public static String projectParameters(ProjectAnswers project) {
        StringBuilder query = new StringBuilder();
        project.answers()
                .forEach((question, options) ->
                        query.append('&').append(question).append('=').append(String.join(",", options)));
        return query.toString();
    }

    /** The canonical query of (possibly partial) answers of a version, given in criterion order. */
    public static String query(KnowledgeBase kb, Map<String, Integer> weights, List<String> mustHaves) {
        return query(kb, weights, mustHaves, List.of());
    }

    /**
     * The canonical query of (possibly partial) answers of a version with these frameworks in the running: {@code fw}
     * comes last, in the knowledge base's order, and only when the candidates are not the version's defaults.
     */
    public static String query(
            KnowledgeBase kb, Map<String, Integer> weights, List<String> mustHaves, List<String> candidates) {
        String answers = query(weights, mustHaves);
        List<String> fw = canonicalCandidates(kb, candidates);
        return LinkParameters.VERSION + "=" + kb.version() + (answers.isEmpty() ? "" : "&" + answers)
                + (fw.isEmpty() ? "" : "&" + LinkParameters.FRAMEWORKS + "=" + String.join(",", fw));
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
    public static String path(KnowledgeBase kb, Answers answers) {
        return RESULTS + "?" + query(kb, answers);
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

    /**
     * Project answers as this application keeps them (a room's ballots): the link's parameters without the leading
     * {@code &}, e.g. {@code project-kind=json-api&team-python=some}; empty for none.
     */
    public static String storedProject(ProjectAnswers project) {
        String parameters = projectParameters(project);
        return parameters.isEmpty() ? "" : parameters.substring(1);
    }

    /**
     * Project answers written by {@link #storedProject(ProjectAnswers)}, read back as they were written (already
     * canonical): no validation against a knowledge base.
     */
    public static ProjectAnswers storedProject(String query) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return ProjectAnswers.NONE;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            answers.put(
                    pair.substring(0, equals),
                    List.of(pair.substring(equals + 1).split(",")));
        }
        return new ProjectAnswers(answers);
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
            // An id is looked up as given; only one too long to be an id is shortened, for the message.
            String id = item.strip();
            if (id.equals(Question.NONE) && answers.hasProject()) {
                // must=none: the must-haves the project answers derive do not apply; those listed with it do.
                answers.clearDerivedMustHaves();
                continue;
            }
            answers.mustHave(LinkParameters.MUST_HAVES, id.length() <= MAX_ID ? id : echo(id));
        }
    }

    /**
     * {@code fw}: framework ids as comma lists, possibly repeated (a form's checkboxes send one per box).
     *
     * @param elsewhere the other published versions that have a framework with this id
     */
    private static void readCandidates(
            KnowledgeBase kb, Function<String, List<String>> elsewhere, List<String> values, Answers.Builder answers) {
        List<String> named = new ArrayList<>();
        for (String list : values) {
            String[] items = list.split(",", -1);
            if (Arrays.stream(items).anyMatch(String::isBlank)) {
                answers.problem(
                        LinkParameters.FRAMEWORKS,
                        "must be a comma-separated list of framework ids such as '"
                                + String.join(",", kb.candidatesByDefault().subList(0, 2)) + "', but was '"
                                + echo(list) + "'");
                return;
            }
            Arrays.stream(items).map(String::strip).forEach(named::add);
        }
        candidates(kb, elsewhere, LinkParameters.FRAMEWORKS, named, answers::problem)
                .ifPresent(answers::candidates);
    }

    /**
     * The rules for frameworks in the running, wherever they are given (a link's {@code fw}, the API's
     * {@code frameworks}, a room's): each is a framework of the version, an id given twice counts once, and at least
     * two remain. Each problem is reported once, naming {@code field}.
     *
     * @param elsewhere the published versions that have a framework with this id, for a clearer message
     * @return the candidates in their canonical form (empty: the version's defaults), or nothing when there was a
     *     problem
     */
    public static Optional<List<String>> candidates(
            KnowledgeBase kb,
            Function<String, List<String>> elsewhere,
            String field,
            List<String> ids,
            BiConsumer<String, String> problems) {
        for (String id : ids) {
            if (kb.framework(id).isPresent()) {
                continue;
            }
            List<String> versions = id.length() <= MAX_ID ? elsewhere.apply(id) : List.of();
            problems.accept(
                    field,
                    versions.isEmpty()
                            ? "'" + echo(id) + "' is not a known framework; the frameworks are "
                                    + kb.frameworks().stream()
                                            .map(Framework::id)
                                            .collect(Collectors.joining(", "))
                            : "'" + id + "' is not a framework in knowledge base " + kb.version() + "; it is one in "
                                    + String.join(", ", versions));
            return Optional.empty();
        }
        List<String> candidates = kb.inFrameworkOrder(ids);
        if (candidates.size() < 2) {
            problems.accept(
                    field,
                    "must name at least two frameworks to compare, but names "
                            + (candidates.isEmpty() ? "none" : "only '" + candidates.get(0) + "'"));
            return Optional.empty();
        }
        return Optional.of(canonicalCandidates(kb, candidates));
    }

    private static String echo(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }
}
