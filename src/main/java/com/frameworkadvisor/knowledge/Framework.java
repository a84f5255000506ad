package com.frameworkadvisor.knowledge;

/** A web framework the advisor can recommend. */
public record Framework(String id, String name, String summary, String homepage, String licence, int firstRelease) {}
