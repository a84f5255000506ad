package com.frameworkadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a team checks before committing to a framework, as of one month: its latest release, how long releases are
 * supported, which Python versions it runs on and who maintains it. A published version never changes, so pages show
 * these "as of" their month, never as an age.
 *
 * @param asOf the month ({@code YYYY-MM}) these facts were checked
 * @param latestRelease the newest release found, with its date; null when no dated release could be verified
 * @param supportWindow one plain sentence, saying so when the project publishes no support policy
 * @param lts long-term-support releases still supported; empty when the project has none
 * @param sources ids of the sources these facts rest on
 */
public record FrameworkFacts(
        String asOf,
        @JsonInclude(JsonInclude.Include.NON_NULL) LatestRelease latestRelease,
        String supportWindow,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LtsRelease> lts,
        String pythonVersions,
        String maintainer,
        List<String> sources) {

    public FrameworkFacts {
        lts = lts == null ? List.of() : List.copyOf(lts);
        sources = List.copyOf(sources);
    }

    /** @param date the release day, {@code YYYY-MM-DD} */
    public record LatestRelease(String version, String date) {}

    /** @param endOfSupport the month ({@code YYYY-MM}) its security support ends */
    public record LtsRelease(String version, String endOfSupport) {}
}
