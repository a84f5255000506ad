package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.performance.RenderedPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;

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
    private final Map<RenderedPages.Page, Object> rendering = new ConcurrentHashMap<>();

    SharedRoomPages(RenderedPages pages, KnowledgeBases kbs) {
        this.pages = pages;
        this.kbs = kbs;
    }

    /** The kept page this viewer may be given, if the page is the one every keyless viewer gets. */
    Optional<RenderedPages.Page> of(ServletWebRequest request, RoomAccess access) {
        if (access.facilitator() || access.own().isPresent()) {
            return Optional.empty();
        }
        return ofKeyless(request, access.shown().room());
    }

    /**
     * The page a viewer without keys gets, already kept: found from the room's row alone, so that the viewers of a
     * meeting who fetch the page after every change cost one indexed read each, not a load of every ballot.
     */
    Optional<View> kept(ServletWebRequest request, Room room) {
        return ofKeyless(request, room).flatMap(pages::kept);
    }

    private Optional<RenderedPages.Page> ofKeyless(ServletWebRequest request, Room room) {
        if (room.closesAt() != null) {
            return Optional.empty();
        }
        return Optional.of(pages.latestRevision(
                request,
                Locale.ENGLISH,
                "revision=" + room.revision() + "&current=" + kbs.current().version(),
                room.knowledgeBaseVersion()));
    }

    Optional<View> kept(RenderedPages.Page page) {
        return pages.kept(page);
    }

    /**
     * The kept page, or the template rendered and kept. The viewers of a meeting fetch the page at the same moment,
     * after the same event: the first renders it while the others wait, then find it kept, rather than all rendering
     * it at once.
     */
    View view(RenderedPages.Page page, String template) {
        View keptOrRendered = pages.view(page, template);
        return new View() {
            @Override
            public String getContentType() {
                return keptOrRendered.getContentType();
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws Exception {
                Object lock = rendering.computeIfAbsent(page, p -> new Object());
                try {
                    synchronized (lock) {
                        keptOrRendered.render(model, request, response);
                    }
                } finally {
                    rendering.remove(page, lock);
                }
            }
        };
    }
}
