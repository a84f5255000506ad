package com.frameworkadvisor.ratelimit;

/** The actions that are limited per client, each with its own budget (advisor.rate-limits.*). */
public enum LimitedAction {
    ROOM_CREATION("room-creations", "opening rooms"),
    BALLOT("ballots", "sending answers to rooms"),
    EVALUATION("evaluations", "evaluating answers");

    private final String tag;
    private final String description;

    LimitedAction(String tag, String description) {
        this.tag = tag;
        this.description = description;
    }

    /** The name in metrics and configuration. */
    public String tag() {
        return tag;
    }

    String description() {
        return description;
    }
}
