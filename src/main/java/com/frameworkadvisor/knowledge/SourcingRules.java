package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.KnowledgeBaseException.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The rules that keep evidence dated and traceable: a month or day given anywhere is a real one and no later than
 * the version's release (its {@code YYYY.MM}); and, in a knowledge base that dates its ratings (schema 2 requires
 * it, from 2026.11.2 on), every source can be looked up (it has a url, or it is one of the four articles the
 * knowledge base started from) and every preset says why it weighs a criterion very high (4–5) or very low (0–1).
 * Earlier versions were published without those, and a published version never changes (ADR 0007), so those two
 * rules start where dated ratings do.
 */
final class SourcingRules {

    /** The articles the knowledge base started from; plain-text captures, so they carry no url (see ADR 0012). */
    static final Set<String> ARTICLES = Set.of(
            "gfg-differences",
            "student-django-vs-flask",
            "tiwari-detailed-comparison",
            "choosing-best-python-framework");

    private final KnowledgeBase kb;
    private final Optional<YearMonth> released;
    private final List<Problem> problems;

    private SourcingRules(KnowledgeBase kb, List<Problem> problems) {
        this.kb = kb;
        this.released = releaseMonth(kb.version());
        this.problems = problems;
    }

    static void check(KnowledgeBase kb, List<Problem> problems) {
        SourcingRules rules = new SourcingRules(kb, problems);
        rules.checkDates();
        if (rules.datesItsRatings()) {
            rules.checkSourcesCanBeLookedUp();
            rules.checkPresetsGiveReasons();
        }
    }

    /** A version's release month is the one its number names: 2026.11.2 was published in November 2026. */
    static Optional<YearMonth> releaseMonth(String version) {
        Matcher m = PublishedVersion.FORMAT.matcher(version);
        return m.matches()
                ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    private boolean datesItsRatings() {
        return kb.criteria().stream()
                .flatMap(c -> c.ratings().values().stream())
                .anyMatch(r -> r.asOf() != null);
    }

    private void checkDates() {
        for (int i = 0; i < kb.criteria().size(); i++) {
            for (Map.Entry<String, Rating> rating :
                    kb.criteria().get(i).ratings().entrySet()) {
                checkMonth(
                        "$.criteria[" + i + "].ratings." + rating.getKey() + ".asOf",
                        rating.getValue().asOf());
            }
        }
        for (int i = 0; i < kb.sources().size(); i++) {
            checkMonth("$.sources[" + i + "].checked", kb.sources().get(i).checked());
        }
        for (int i = 0; i < kb.frameworks().size(); i++) {
            FrameworkFacts facts = kb.frameworks().get(i).facts();
            if (facts != null) {
                checkFacts("$.frameworks[" + i + "].facts", facts);
            }
        }
    }

    private void checkFacts(String path, FrameworkFacts facts) {
        checkMonth(path + ".asOf", facts.asOf());
        if (facts.latestRelease() != null) {
            checkDay(path + ".latestRelease.date", facts.latestRelease().date());
        }
        for (int l = 0; l < facts.lts().size(); l++) {
            // An end of support lies in the future by nature, so only its form is checked.
            parseMonth(path + ".lts[" + l + "].endOfSupport", facts.lts().get(l).endOfSupport());
        }
        for (int s = 0; s < facts.sources().size(); s++) {
            if (kb.source(facts.sources().get(s)).isEmpty()) {
                problems.add(new Problem(
                        path + ".sources[" + s + "]",
                        "cites source '" + facts.sources().get(s) + "', which is not one of the sources"));
            }
        }
    }

    private void checkMonth(String location, String month) {
        if (month != null) {
            parseMonth(location, month).ifPresent(m -> checkNotAfterRelease(location, m));
        }
    }

    private void checkDay(String location, String day) {
        try {
            checkNotAfterRelease(location, YearMonth.from(LocalDate.parse(day)));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(location, "'" + day + "' is not a date of the form YYYY-MM-DD"));
        }
    }

    private Optional<YearMonth> parseMonth(String location, String month) {
        try {
            return Optional.of(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(location, "'" + month + "' is not a month of the form YYYY-MM"));
            return Optional.empty();
        }
    }

    private void checkNotAfterRelease(String location, YearMonth month) {
        released.filter(month::isAfter)
                .ifPresent(r ->
                        problems.add(new Problem(location, month + " is later than the version's release month " + r)));
    }

    private void checkSourcesCanBeLookedUp() {
        for (int i = 0; i < kb.sources().size(); i++) {
            Source source = kb.sources().get(i);
            String path = "$.sources[" + i + "]";
            if (source.url() == null && !ARTICLES.contains(source.id())) {
                problems.add(new Problem(
                        path + ".url", "source '" + source.id() + "' has no url and is not one of the four articles"));
            }
            if (source.url() != null && source.checked() == null) {
                problems.add(
                        new Problem(path + ".checked", "source '" + source.id() + "' has a url but no checked month"));
            }
        }
    }

    private void checkPresetsGiveReasons() {
        for (int i = 0; i < kb.profiles().size(); i++) {
            Profile profile = kb.profiles().get(i);
            String path = "$.profiles[" + i + "].reasons";
            profile.weights().forEach((criterion, weight) -> {
                boolean extreme = weight <= 1 || weight >= 4;
                if (extreme && isBlank(profile.reasons().get(criterion))) {
                    problems.add(new Problem(
                            path,
                            "profile '" + profile.id() + "' weighs '" + criterion + "' " + weight
                                    + " but gives no reason"));
                }
            });
            profile.reasons().keySet().stream()
                    .filter(criterion -> kb.criterion(criterion).isEmpty())
                    .forEach(criterion -> problems.add(new Problem(
                            path + "." + criterion,
                            "gives a reason for '" + criterion + "', which is not one of the criteria")));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
