package com.frameworkadvisor.scoring;

/** One thing wrong with the answers a user gave (weights or must-haves): the field as the user named it, and what is wrong with it. */
public record AnswerProblem(String field, String message) {}
