package com.frameworkadvisor.rooms;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The keys a browser keeps for a room: the facilitator key and the member's own ballot. Each cookie is scoped to the
 * room's path, HttpOnly and SameSite=Lax, and lives as long as the room.
 */
@Component
class RoomCookies {

    static final String FACILITATOR = "advisor_facilitator";
    static final String BALLOT = "advisor_ballot";
    /** Ids and keys are URL-safe Base64, which has no dot, so a dot separates them. */
    private static final char SEPARATOR = '.';

    private final RoomProperties properties;

    RoomCookies(RoomProperties properties) {
        this.properties = properties;
    }

    /** A member's ballot as their browser remembers it. */
    public record BallotKey(String ballotId, String key) {}

    void keepFacilitatorKey(String roomId, String key, HttpServletRequest request, HttpServletResponse response) {
        set(FACILITATOR, roomId, key, request, response);
    }

    void keepBallotKey(
            String roomId, String ballotId, String key, HttpServletRequest request, HttpServletResponse response) {
        set(BALLOT, roomId, ballotId + SEPARATOR + key, request, response);
    }

    /** The facilitator key from the room's cookie, or else from the {@code X-Facilitator-Key} header. */
    public Optional<String> facilitatorKey(HttpServletRequest request) {
        Optional<String> cookie = read(FACILITATOR, request);
        return cookie.isPresent() ? cookie : Optional.ofNullable(request.getHeader(RoomApiController.FACILITATOR_KEY));
    }

    Optional<BallotKey> ballotKey(HttpServletRequest request) {
        return read(BALLOT, request).flatMap(value -> {
            int dot = value.indexOf(SEPARATOR);
            return dot < 0
                    ? Optional.empty()
                    : Optional.of(new BallotKey(value.substring(0, dot), value.substring(dot + 1)));
        });
    }

    private void set(
            String name, String roomId, String value, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(name, value)
                .path("/rooms/" + roomId)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(properties.retention())
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private static Optional<String> read(String name, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        // The browser sends only the cookie of the room whose path this is, so the name alone is enough.
        return Arrays.stream(cookies)
                .filter(c -> c.getName().equals(name))
                .map(Cookie::getValue)
                .findFirst();
    }
}
