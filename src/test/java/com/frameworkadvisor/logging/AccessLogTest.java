package com.frameworkadvisor.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.LogWatch;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The access log, on as it can be in production. It has a context of its own: everywhere else in the tests it is
 * off, so a CI log is not filled with a line per request.
 */
@WebTest
@TestPropertySource(properties = "advisor.access-log.enabled=true")
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTest {

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    @Test
    void theAccessLogNeverShowsARoomIdOrKeyInFull(CapturedOutput output) throws InterruptedException {
        OpenedRoom room = rooms.openRoom("Logged");
        String id = room.id();
        String key = room.facilitatorKey();
        String path = "/rooms/" + id + "/facilitate?key=" + key;

        // Tomcat writes the access log line just after the answer has gone out.
        try (LogWatch accessLog = LogWatch.forLine("access", path)) {
            site.page(path);

            assertThat(accessLog.awaitLine(Duration.ofSeconds(5)))
                    .as("the access log line of the request")
                    .isTrue();
        }

        String logged =
                "\"GET /rooms/" + id.substring(0, 4) + "…/facilitate?key=" + key.substring(0, 4) + "… HTTP/1.1\"";
        assertThat(output.getAll()).contains(logged).doesNotContain(id).doesNotContain(key);
    }
}
