package com.frameworkadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A web framework the advisor can recommend.
 *
 * @param facts its release and support facts, each dated; null in versions from before facts were recorded
 */
public record Framework(
        String id,
        String name,
        String summary,
        String homepage,
        String licence,
        int firstRelease,
        @JsonInclude(JsonInclude.Include.NON_NULL) FrameworkFacts facts) {

    /** A framework without recorded facts, as versions before 2026.11.2 have them. */
    public Framework(String id, String name, String summary, String homepage, String licence, int firstRelease) {
        this(id, name, summary, homepage, licence, firstRelease, null);
    }
}
