package com.frameworkadvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every published knowledge-base version, oldest first, each loaded once into immutable records. The newest is the
 * current one; every place that uses the knowledge picks a version: a link's, a room's, or the current one.
 */
public final class KnowledgeBases {

    private final Map<String, KnowledgeBase> byVersion = new LinkedHashMap<>();
    private final Map<String, PublishedVersion> published = new LinkedHashMap<>();
    private final List<PublishedVersion> versions;

    /** @param versions the published versions, oldest first, each with its knowledge base */
    public KnowledgeBases(Map<PublishedVersion, KnowledgeBase> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no published knowledge-base version");
        }
        versions.forEach((version, kb) -> {
            byVersion.put(version.version(), kb);
            published.put(version.version(), version);
        });
        this.versions = List.copyOf(published.values());
    }

    /** The newest published version. */
    public KnowledgeBase current() {
        return byVersion.get(versions.get(versions.size() - 1).version());
    }

    /** The oldest published version: what a results link that names no version was computed with. */
    public KnowledgeBase first() {
        return byVersion.get(versions.get(0).version());
    }

    public Optional<KnowledgeBase> find(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    /** Every published version, oldest first. */
    public List<PublishedVersion> versions() {
        return versions;
    }

    public PublishedVersion published(KnowledgeBase kb) {
        return published.get(kb.version());
    }

    public boolean isCurrent(KnowledgeBase kb) {
        return current().version().equals(kb.version());
    }

    /** The versions that have a criterion with this id, oldest first. */
    public List<String> versionsWithCriterion(String id) {
        List<String> versions = new ArrayList<>();
        byVersion.forEach((version, kb) -> {
            if (kb.criterion(id).isPresent()) {
                versions.add(version);
            }
        });
        return versions;
    }

    /** The versions that have a framework with this id, oldest first. */
    public List<String> versionsWithFramework(String id) {
        List<String> versions = new ArrayList<>();
        byVersion.forEach((version, kb) -> {
            if (kb.framework(id).isPresent()) {
                versions.add(version);
            }
        });
        return versions;
    }
}
