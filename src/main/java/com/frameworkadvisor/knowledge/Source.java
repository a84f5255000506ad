package com.frameworkadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A published text that ratings cite; {@code publisher} and {@code url} are optional. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String id, String title, String kind, String publisher, String url) {}
