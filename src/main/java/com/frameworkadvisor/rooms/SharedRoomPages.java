package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.performance.RenderedPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** How long a viewer waits for another request's rendering of the page before rendering it itself. */
    private static final Duration RENDERING_WAIT = Duration.ofSeconds(5);

    private final RenderedPages pages;
    private final KnowledgeBases kbs;
    private final Map<RenderedPages.Page, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();

    SharedRoomPages(RenderedPages pages, KnowledgeBases kbs) {
        this.pages = pages;
        this.kbs = kbs;
    }

    /** The kept page this viewer may be given, if the page is the one every keyless viewer gets. */
    Optional<RenderedPages.Page> of(ServletWebRequest request, RoomAccess access) {
        if (access.facilitator() || access.own().isPresent()) {
            return Optional.empty();
        }
        return keyless(request, access.shown().room());
    }

    /** The page every viewer without keys gets, from the room's row alone; empty for a room with a closing time. */
    Optional<RenderedPages.Page> keyless(ServletWebRequest request, Room room) {
        if (room.closesAt() != null) {
            return Optional.empty();
        }
        return Optional.of(pages.latestRevision(
                request,
                Locale.ENGLISH,
                "revision=" + room.revision() + "&current=" + kbs.current().version(),
                room.knowledgeBaseVersion()));
    }

    /**
     * For a viewer without keys: the kept page, after waiting for a rendering of it that is under way; or, when
     * nobody is rendering it, nothing, and this request holds the claim to render it, which {@link #view} releases
     * (or {@link #release}, if it fails before). The viewers of a meeting fetch the page together after every change:
     * one loads the room with its ballots and renders, the others wait for that instead of each doing the same.
     */
    Optional<View> keptOrClaim(RenderedPages.Page page) {
        Optional<View> kept = pages.kept(page);
        if (kept.isPresent()) {
            return kept;
        }
        CompletableFuture<Void> underWay = rendering.putIfAbsent(page, new CompletableFuture<>());
        if (underWay == null) {
            return Optional.empty();
        }
        try {
            underWay.get(RENDERING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The rendering failed or hangs: this request renders the page for itself.
        }
        return pages.kept(page);
    }

    /** Ends a claim to render the page, so that those waiting for it look again. */
    void release(RenderedPages.Page page) {
        CompletableFuture<Void> claim = rendering.remove(page);
        if (claim != null) {
            claim.complete(null);
        }
    }

    /** The kept page, or the template rendered and kept; either way, the claim to render it is released after. */
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
                try {
                    keptOrRendered.render(model, request, response);
                } finally {
                    release(page);
                }
            }
        };
    }
}
