/**
 * The knowledge base: frameworks, criteria with evidence-backed ratings, sources and presets, in published versions
 * that never change (a manifest, SHA-256 checks, schema and semantic validation at startup), the differences between
 * two versions, and the link parameter names that no id may take. Records are plain Java.
 */
package com.frameworkadvisor.knowledge;
