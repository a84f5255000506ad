/**
 * What makes pages quick to serve, with Spring's own means: static assets at content-hashed addresses, cached for a
 * year ({@code StaticAssetsConfiguration}), and pages that are a pure function of their inputs answered with 304 or
 * from a small cache of rendered pages ({@link com.frameworkadvisor.performance.RenderedPages}), at an address already
 * kept before Spring MVC ({@code KeptPagesFilter}). docs/performance.md, ADR 0010 and ADR 0016 have the figures.
 */
package com.frameworkadvisor.performance;
