package com.frameworkadvisor.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A preset of weights for a common kind of project. */
public record Profile(String id, String name, String description, Map<String, Integer> weights) {

    public Profile {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }
}
