/**
 * The knowledge base: frameworks, criteria with evidence-backed ratings, sources and profiles, loaded once and validated at startup.
 */
package com.frameworkadvisor.knowledge;
