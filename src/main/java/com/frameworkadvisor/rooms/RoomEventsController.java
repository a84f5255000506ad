package com.frameworkadvisor.rooms;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream of a room: an event named {@code room} whose data is the room's new revision, each time anything
 * in the room changes on any instance. Pages then fetch their own view of the room.
 */
@Controller
class RoomEventsController {

    private final RoomService rooms;
    private final RoomLiveUpdates live;

    RoomEventsController(RoomService rooms, RoomLiveUpdates live) {
        this.rooms = rooms;
        this.live = live;
    }

    /**
     * @param since the revision the viewer's page shows; a reconnecting browser sends the last event id instead
     */
    @GetMapping(path = "/rooms/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(
            @PathVariable String id,
            @RequestParam(defaultValue = "-1") long since,
            @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
        Room room = rooms.withoutBallots(id);
        long seen = lastEventId != null ? lastEventId : since < 0 ? room.revision() : since;
        return live.watch(id, seen);
    }
}
