package com.frameworkadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.FormToken;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class FormProtectionTest {

    @Autowired
    Site site;

    @Nested
    class AFormWithoutItsToken {

        @Test
        void isRefusedWithAPageThatSaysWhatToDo() {
            Reply reply = site.formWithoutToken("/rooms", "title=Forged");

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.html().selectFirst("h1").text()).isEqualTo("We can't accept that");
            assertThat(reply.html().selectFirst("main").text())
                    .contains("it was not sent from a page of this site, or the page is too old")
                    .contains("reload the page and send the form again");
            assertThat(reply.header("Location")).isEmpty();
        }

        @Test
        void isRefusedWithAWrongTokenOrAMissingCookie() {
            FormToken token = site.formToken();
            String field = "&_csrf=" + URLEncoder.encode(token.field(), StandardCharsets.UTF_8);

            assertThat(site.formWithoutToken("/rooms", "title=Forged&_csrf=made-up", "Cookie", token.cookie())
                            .status())
                    .isEqualTo(403);
            assertThat(site.formWithoutToken("/rooms", "title=Forged" + field).status())
                    .isEqualTo(403);
            assertThat(site.formWithoutToken("/rooms", "title=Forged" + field, "Cookie", "advisor_csrf=another")
                            .status())
                    .isEqualTo(403);
        }

        @Test
        void changesNothingInARoom() {
            Reply created = site.form("/rooms", "title=Untouched");
            String room = java.net
                    .URI
                    .create(created.header("Location").orElseThrow())
                    .getPath();
            String cookie = created.cookie("advisor_facilitator");

            // The facilitator's own cookie rides along, as it would on a forged cross-site post in a lax browser.
            assertThat(site.formWithoutToken(room + "/close", "", "Cookie", cookie)
                            .status())
                    .isEqualTo(403);

            assertThat(site.get("/api/rooms/" + room.substring(room.lastIndexOf('/') + 1), "application/json")
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("open");
        }
    }

    @Nested
    class AFormWithItsToken {

        @Test
        void isAccepted() {
            Reply reply = site.form("/rooms", "title=Genuine");

            assertThat(reply.status()).isEqualTo(302);
            assertThat(reply.header("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("/rooms/"));
        }

        @Test
        void isAcceptedByAnyInstanceBecauseTheTokenLivesInACookieNotASession() {
            FormToken token = site.formToken();

            assertThat(site.page("/rooms/new").response().headers().allValues("Set-Cookie"))
                    .anyMatch(
                            c -> c.startsWith("advisor_csrf=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"))
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
            assertThat(token.field()).isNotEqualTo(token.cookie().substring("advisor_csrf=".length()));
        }
    }

    @Nested
    class TheJsonApi {

        @Test
        void needsNoTokenBecauseItAcceptsOnlyJson() {
            assertThat(site.postJson("/api/rooms", "{\"title\": \"API\"}").status())
                    .isEqualTo(201);
        }

        @Test
        void refusesAFormEncodedBodyAsAFormWouldSendIt() {
            Reply reply = site.post("/api/rooms", "application/x-www-form-urlencoded", "title=Forged");

            assertThat(reply.status()).isEqualTo(415);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }
}
