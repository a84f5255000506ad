package com.frameworkadvisor.knowledge;

import java.util.List;

/**
 * The query parameters that links give a meaning of their own. Criterion ids (and later question ids) are parameter
 * names in the same links, so the knowledge base may never use one of these as an id.
 */
public final class LinkParameters {

    /** The knowledge-base version a link was computed with. */
    public static final String VERSION = "v";
    /** The frameworks in the running. */
    public static final String FRAMEWORKS = "fw";
    /** Must-have criteria, a comma list or repeated. */
    public static final String MUST_HAVES = "must";
    /** A preset to start the questionnaire from. */
    public static final String PROFILE = "profile";

    public static final List<String> RESERVED = List.of(VERSION, FRAMEWORKS, MUST_HAVES, PROFILE);

    private LinkParameters() {}
}
