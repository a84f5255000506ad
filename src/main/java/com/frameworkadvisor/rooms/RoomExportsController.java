package com.frameworkadvisor.rooms;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Downloads of a room: its decision record as Markdown and its ballots as CSV. Like the answers themselves, they are
 * open to anyone with the link once the facilitator reveals the answers, and to the facilitator (room cookie or
 * {@code X-Facilitator-Key} header) at any time.
 */
@Controller
class RoomExportsController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** The longest slug of a title used in a file name, in characters. */
    private static final int SLUG_MAX = 60;

    private final RoomService rooms;
    private final RoomCookies cookies;
    private final RoomDecisionRecord decisionRecord;
    private final BallotsCsv ballotsCsv;

    RoomExportsController(
            RoomService rooms, RoomCookies cookies, RoomDecisionRecord decisionRecord, BallotsCsv ballotsCsv) {
        this.rooms = rooms;
        this.cookies = cookies;
        this.decisionRecord = decisionRecord;
        this.ballotsCsv = ballotsCsv;
    }

    @GetMapping("/rooms/{id}/decision.md")
    ResponseEntity<String> decisionRecord(@PathVariable String id, HttpServletRequest request) {
        RoomState state = readable(id, request);
        return download(
                MARKDOWN,
                "decision-" + slug(state.room().title()) + ".md",
                decisionRecord.render(
                        state,
                        ServletUriComponentsBuilder.fromCurrentContextPath()
                                .build()
                                .toUriString()));
    }

    @GetMapping("/rooms/{id}/ballots.csv")
    ResponseEntity<String> ballots(@PathVariable String id, HttpServletRequest request) {
        RoomState state = readable(id, request);
        return download(CSV, "ballots-" + slug(state.room().title()) + ".csv", ballotsCsv.write(state));
    }

    private RoomState readable(String id, HttpServletRequest request) {
        return rooms.access(id, cookies.facilitatorKey(request), Optional.empty())
                .answers();
    }

    private static ResponseEntity<String> download(MediaType type, String filename, String body) {
        return ResponseEntity.ok()
                .contentType(type)
                .headers(h -> h.setContentDisposition(
                        ContentDisposition.attachment().filename(filename).build()))
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    /**
     * The title as a file name part: lower-case ASCII letters and digits in runs joined by hyphens, accents dropped
     * ("Café backend, 2027!" becomes {@code cafe-backend-2027}); {@code room} when nothing is left.
     */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_MAX) {
            slug = slug.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "room" : slug;
    }
}
