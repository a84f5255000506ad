/**
 * The hand-made performance layer: a cache of rendered pages, compact templates and assets, and fingerprinted asset
 * links without Spring's per-link classpath probe (docs/performance.md has the figures behind each).
 */
package com.frameworkadvisor.performance;
