package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.performance.RenderedPages;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Room pages that are the same for every viewer without keys: rendered once per revision and kept
 * ({@link RenderedPages}), so the 50 viewers of a meeting who all fetch the page after an event cost one rendering,
 * not 50, and a revealed room's group result (with its pivotal analysis) is computed once per change.
 *
 * <p>Such a page depends only on the room's revision (every change bumps it), the knowledge-base version it pins and
 * the current one (the newer-version notice), the address (its join link is absolute) and the build. A room with a
 * closing time is never shared: its page says "closes in 2 days", which changes without a revision. Pages for a
 * facilitator or a member with their own ballot are rendered for them, as before.
 */
@Component
class SharedRoomPages {

    private final RenderedPages pages;
    private final KnowledgeBases kbs;

    SharedRoomPages(RenderedPages pages, KnowledgeBases kbs) {
        this.pages = pages;
        this.kbs = kbs;
    }

    /** The kept page this viewer may be given, if the page is the one every keyless viewer gets. */
    Optional<RenderedPages.Page> of(ServletWebRequest request, RoomAccess access) {
        Room room = access.shown().room();
        if (access.facilitator() || access.own().isPresent() || room.closesAt() != null) {
            return Optional.empty();
        }
        return Optional.of(pages.page(
                request,
                Locale.ENGLISH,
                "revision=" + room.revision() + "&current=" + kbs.current().version(),
                room.knowledgeBaseVersion()));
    }

    boolean isKept(RenderedPages.Page page) {
        return pages.isKept(page);
    }

    org.springframework.web.servlet.View view(RenderedPages.Page page, String template) {
        return pages.view(page, template);
    }
}
