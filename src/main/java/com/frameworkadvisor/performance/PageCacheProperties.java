package com.frameworkadvisor.performance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxSize how much rendered page text {@link RenderedPages} keeps, 8 MB unless configured; 0 keeps none */
@ConfigurationProperties("advisor.page-cache")
public record PageCacheProperties(@DefaultValue("8MB") DataSize maxSize) {}
