package com.frameworkadvisor.knowledge;

/** A heading the questionnaire groups its questions under. */
public record CriterionGroup(String id, String name) {}
