package com.frameworkadvisor.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxRequestBody the largest request body accepted, 64 KiB unless configured */
@ConfigurationProperties("advisor.limits")
public record RequestLimitsProperties(@DefaultValue("64KB") DataSize maxRequestBody) {}
