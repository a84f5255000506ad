package com.frameworkadvisor.knowledge;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A version with its user-rated criterion rated for one team ({@link KnowledgeBase#ratedByTeamKnowing}), made once
 * per version and answer: a version has few frameworks, so few answers (2ⁿ), and each copy is kept for the life of
 * the version it copies.
 */
final class TeamRatedVersions {

    private static final Map<KnowledgeBase, Map<Set<String>, KnowledgeBase>> RATED = new IdentityHashMap<>();

    private TeamRatedVersions() {}

    /** Each rated copy's version as published, so rating a copy again starts from the published one. */
    private static final Map<KnowledgeBase, KnowledgeBase> PUBLISHED = new IdentityHashMap<>();

    static KnowledgeBase of(KnowledgeBase kb, Set<String> known) {
        Map<Set<String>, KnowledgeBase> byAnswer;
        KnowledgeBase published;
        synchronized (RATED) {
            published = PUBLISHED.getOrDefault(kb, kb);
            byAnswer = RATED.computeIfAbsent(published, k -> new ConcurrentHashMap<>());
        }
        KnowledgeBase base = published;
        return byAnswer.computeIfAbsent(known, k -> {
            KnowledgeBase rated = rate(base, k);
            synchronized (RATED) {
                PUBLISHED.put(rated, base);
            }
            return rated;
        });
    }

    private static KnowledgeBase rate(KnowledgeBase kb, Set<String> known) {
        List<String> ids = kb.frameworks().stream().map(Framework::id).toList();
        Map<String, String> names = kb.frameworks().stream().collect(Collectors.toMap(Framework::id, Framework::name));
        return kb.withCriteria(kb.criteria().stream()
                .map(c -> c.userRated() ? c.ratedFor(ids, known, names) : c)
                .toList());
    }
}
