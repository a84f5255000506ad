package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.advice.ResultsLink;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.scoring.ProjectAnswers;
import com.frameworkadvisor.scoring.ProjectRule;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The room pages over real HTTP, with the cookies a browser keeps passed along by hand. */
@WebTest
class RoomPagesTest {

    @Autowired
    Site site;

    /** A room opened through the form, as the facilitator's browser sees it. */
    record Facilitator(String roomId, String cookie) {}

    Facilitator openRoom(String title) {
        Reply reply = site.form("/rooms", "title=" + title + "&context=Five+developers");
        assertThat(reply.status()).isEqualTo(302);
        String location = reply.header("Location").orElseThrow();
        String roomId = URI.create(location).getPath().substring("/rooms/".length());
        return new Facilitator(roomId, reply.cookie(RoomCookies.FACILITATOR));
    }

    String join(Facilitator room, String form) {
        Reply reply = site.form("/rooms/" + room.roomId() + "/join", form);
        assertThat(reply.status()).as(reply.body()).isEqualTo(302);
        return reply.cookie(RoomCookies.BALLOT);
    }

    /** The ballot id in a member's cookie ({@code id.key}). */
    static String ballotId(String cookie) {
        String value = cookie.substring(cookie.indexOf('=') + 1);
        return value.substring(0, value.indexOf('.'));
    }

    Document page(String path, String cookie) {
        Reply reply = cookie == null ? site.page(path) : site.page(path, "Cookie", cookie);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.html();
    }

    @Nested
    class OpeningARoom {

        @Test
        void theFormAsksForATitleAndOptionalContext() {
            Document page = page("/rooms/new", null);

            assertThat(page.select("form[action=/rooms][method=post] input[name=title][required]"))
                    .hasSize(1);
            assertThat(page.select("textarea[name=context]")).hasSize(1);
            assertThat(page.select("label[for=title]").text()).isEqualTo("What are you deciding?");
        }

        @Test
        void creatingKeepsTheFacilitatorKeyInAnHttpOnlyCookieScopedToTheRoom() {
            Reply reply = site.form("/rooms", "title=Shop");
            String setCookie =
                    reply.response().headers().allValues("Set-Cookie").get(0);
            String roomId =
                    URI.create(reply.header("Location").orElseThrow()).getPath().substring(7);

            assertThat(setCookie)
                    .startsWith("advisor_facilitator=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax")
                    .contains("Path=/rooms/" + roomId);
        }

        @Test
        void theFacilitatorLinkIsShownRightAfterCreationAndOpensTheRoomElsewhere() {
            Facilitator room = openRoom("Shop");
            Document first = page("/rooms/" + room.roomId() + "?created", room.cookie());
            String link = first.select("#facilitator-link a").attr("href");
            assertThat(link).contains("/rooms/" + room.roomId() + "/facilitate?key=");
            assertThat(page("/rooms/" + room.roomId(), room.cookie()).select("#facilitator-link"))
                    .isEmpty();

            Reply elsewhere = site.page(
                    URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
            assertThat(elsewhere.status()).isEqualTo(302);
            String cookie = elsewhere.cookie(RoomCookies.FACILITATOR);
            assertThat(page("/rooms/" + room.roomId(), cookie).select("#facilitation"))
                    .hasSize(1);
        }

        @Test
        void aMissingOrTooLongTitleComesBackWithTheProblemAndTheTextKept() {
            Reply reply = site.form("/rooms", "title=" + "x".repeat(121) + "&context=Keep+me");

            assertThat(reply.status()).isEqualTo(400);
            Document page = reply.html();
            assertThat(page.select(".problems").text()).contains("title").contains("at most 120 characters");
            assertThat(page.select("textarea[name=context]").text()).isEqualTo("Keep me");
            assertThat(site.form("/rooms", "title=++")
                            .html()
                            .select(".problems")
                            .text())
                    .contains("is required");
        }
    }

    @Nested
    class TheRoomPage {

        @Test
        void showsTheJoinLinkWithAQrCodeAndWhoAnsweredButNotTheirAnswers() {
            Facilitator room = openRoom("Shop");
            join(room, "name=Ada&orm=5&admin=5");

            Document page = page("/rooms/" + room.roomId(), null);

            assertThat(page.select(".join-link a").attr("href"))
                    .isEqualTo(site.url("/rooms/" + room.roomId() + "/join"));
            assertThat(page.select("#join svg.qr path").attr("d")).startsWith("M");
            assertThat(page.select("#join [role=img]").attr("aria-label")).isEqualTo("QR code of the join link");
            assertThat(page.select("#answered .member-name").eachText()).containsExactly("Ada");
            assertThat(page.select("#results")).isEmpty();
            assertThat(page.select("#facilitation")).isEmpty();
            assertThat(page.select("#live").attr("data-events"))
                    .startsWith("/rooms/" + room.roomId() + "/events?since=");
        }

        @Test
        void onlyTheFacilitatorSeesTheControls() {
            Facilitator room = openRoom("Shop");
            Document page = page("/rooms/" + room.roomId(), room.cookie());

            assertThat(page.select("#facilitation button").eachText())
                    .contains("Reveal the answers", "Close answering", "Save the decision");
        }

        @Test
        void viewersWithoutKeysShareOneRenderingPerRevisionAndSeeEveryChange() {
            Facilitator room = openRoom("Shared");
            String ada = join(room, "name=Ada&orm=5");
            String path = "/rooms/" + room.roomId();

            Reply first = site.page(path);
            Reply second = site.page(path);
            join(room, "name=Grace&orm=1");
            Reply afterAChange = site.page(path);

            assertThat(second.body()).isEqualTo(first.body());
            assertThat(afterAChange.html().select("#answered .member-name").eachText())
                    .containsExactly("Ada", "Grace");
            assertThat(page(path, ada).select("#your-ballot").text())
                    .as("a member's own page is rendered for them")
                    .contains("You answered as Ada.");
            assertThat(page(path, room.cookie()).select("#facilitation")).hasSize(1);
            assertThat(site.page(path).html().select("#your-ballot, #facilitation"))
                    .isEmpty();
        }

        @Test
        void viewersWithoutKeysWhoAskTogetherAfterAChangeAllGetTheSameWholeNewPage() throws Exception {
            Facilitator room = openRoom("Together");
            join(room, "name=Ada&orm=5");
            String path = "/rooms/" + room.roomId();
            site.page(path);
            join(room, "name=Grace&orm=1");

            ExecutorService viewers = Executors.newFixedThreadPool(16);
            List<Reply> replies;
            try {
                List<Callable<Reply>> asks = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    asks.add(() -> site.page(path));
                }
                replies = new ArrayList<>();
                for (Future<Reply> reply : viewers.invokeAll(asks, 60, TimeUnit.SECONDS)) {
                    replies.add(reply.get());
                }
            } finally {
                viewers.shutdownNow();
            }

            assertThat(replies).extracting(Reply::status).containsOnly(200);
            assertThat(replies)
                    .extracting(Reply::body)
                    .as("one page for all")
                    .containsOnly(replies.get(0).body());
            assertThat(replies.get(0).html().select("#answered .member-name").eachText())
                    .containsExactly("Ada", "Grace");
        }

        @Test
        void anUnknownRoomIsAFriendly404() {
            Reply reply = site.page("/rooms/AAAAAAAAAAAAAAAAAAAAAA");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.html().text()).contains("There is no room at this address");
        }
    }

    @Nested
    class Members {

        @Test
        void theJoinFormIsTheQuestionnaireWithANameAndPresets() {
            Facilitator room = openRoom("Shop");
            Document page = page("/rooms/" + room.roomId() + "/join", null);

            assertThat(page.select("input[name=name][required]")).hasSize(1);
            // A new room takes today's knowledge base, 2026.11.2, with 17 criteria.
            assertThat(page.select("fieldset.question")).hasSize(17);
            assertThat(page.select("input[name=must]")).isEmpty();
            assertThat(page.select(".presets a").first().attr("href"))
                    .startsWith("/rooms/" + room.roomId() + "/join?profile=");
        }

        @Test
        void aMemberSeesTheirOwnBallotAndCanChangeIt() {
            Facilitator room = openRoom("Shop");
            String ballot = join(room, "name=Ada&orm=5&admin=5");

            Document roomPage = page("/rooms/" + room.roomId(), ballot);
            assertThat(roomPage.select("#your-ballot").text()).contains("You answered as Ada.");
            Document edit = page("/rooms/" + room.roomId() + "/ballot", ballot);
            assertThat(edit.select("input[name=name]").val()).isEqualTo("Ada");
            assertThat(edit.select("input[name=orm][value=5]").hasAttr("checked"))
                    .isTrue();

            Reply changed =
                    site.form("/rooms/" + room.roomId() + "/ballot", "name=Ada+L&flexibility=5", "Cookie", ballot);
            assertThat(changed.status()).isEqualTo(302);
            assertThat(page("/rooms/" + room.roomId(), null)
                            .select("#answered .member-name")
                            .eachText())
                    .containsExactly("Ada L");
        }

        @Test
        void aRetriedJoinFormFindsItsBallotAndSetsTheMembersCookieAgain() {
            Facilitator room = openRoom("Shop");
            String token = page("/rooms/" + room.roomId() + "/join", null)
                    .select("form#questions input[type=hidden][name=submission]")
                    .val();
            String form = "submission=" + token + "&name=Ada&orm=5&admin=5";

            Reply first = site.form("/rooms/" + room.roomId() + "/join", form);
            Reply retried = site.form("/rooms/" + room.roomId() + "/join", form);

            assertThat(token).matches("[A-Za-z0-9_-]{22}");
            assertThat(page("/rooms/" + room.roomId() + "/join", null)
                            .select("input[name=submission]")
                            .val())
                    .as("each form shown gets its own token")
                    .isNotEqualTo(token);
            assertThat(first.status()).isEqualTo(302);
            assertThat(retried.status()).isEqualTo(302);
            String firstCookie = first.cookie(RoomCookies.BALLOT);
            String retriedCookie = retried.cookie(RoomCookies.BALLOT);
            assertThat(ballotId(retriedCookie)).isEqualTo(ballotId(firstCookie));
            assertThat(retriedCookie).isNotEqualTo(firstCookie);
            assertThat(page("/rooms/" + room.roomId(), null)
                            .select("#answered .member-name")
                            .eachText())
                    .containsExactly("Ada");
            assertThat(page("/rooms/" + room.roomId(), retriedCookie)
                            .select("#your-ballot")
                            .text())
                    .contains("You answered as Ada.");
        }

        @Test
        void aJoinFormSentAgainWithOtherAnswersIsRefusedWith422AndKeepsTheFirst() {
            Facilitator room = openRoom("Shop");
            String token = page("/rooms/" + room.roomId() + "/join", null)
                    .select("input[name=submission]")
                    .val();
            join(room, "submission=" + token + "&name=Ada&orm=5");

            Reply changed = site.form("/rooms/" + room.roomId() + "/join", "submission=" + token + "&name=Ada&orm=1");

            assertThat(changed.status()).isEqualTo(422);
            assertThat(changed.html().text()).contains("submission was already used");
            assertThat(page("/rooms/" + room.roomId(), null)
                            .select("#answered .member-name")
                            .eachText())
                    .containsExactly("Ada");
        }

        @Test
        void invalidAnswersComeBackNamedWithTheNameKept() {
            Facilitator room = openRoom("Shop");
            Reply reply = site.form("/rooms/" + room.roomId() + "/join", "name=Ada&orm=9");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.html().select(".problems").text()).contains("orm").contains("0 to 5");
            assertThat(reply.html().select("input[name=name]").val()).isEqualTo("Ada");
            assertThat(site.form("/rooms/" + room.roomId() + "/join", "name=&orm=3")
                            .html()
                            .select(".problems")
                            .text())
                    .contains("name")
                    .contains("is required");
        }

        @Test
        void aClosedRoomRefusesAnswersWithAPageThatSaysSo() {
            Facilitator room = openRoom("Shop");
            site.form("/rooms/" + room.roomId() + "/close", "", "Cookie", room.cookie());

            Reply reply = site.form("/rooms/" + room.roomId() + "/join", "name=Ada&orm=3");

            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.html().text()).contains("Answering is closed");
        }

        @Test
        void aMemberCannotActAsFacilitator() {
            Facilitator room = openRoom("Shop");
            String ballot = join(room, "name=Ada&orm=5");

            Reply reply = site.form("/rooms/" + room.roomId() + "/reveal", "", "Cookie", ballot);

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.html().text()).contains("Only the room's facilitator can do this");
        }
    }

    @Nested
    class TheRevealedResult {

        @Test
        void showsTheGroupRankingSpreadPivotalMembersAndStatesTheRule() {
            Facilitator room = openRoom("Shop");
            join(room, "name=Ada&orm=5&admin=5");
            join(room, "name=Grace&flexibility=5&learning-curve=5");
            site.form("/rooms/" + room.roomId() + "/reveal", "", "Cookie", room.cookie());

            Document page = page("/rooms/" + room.roomId(), null);

            assertThat(page.select(".rule").text()).contains("equal voice").contains("mean of the members' own scores");
            assertThat(page.select(".ranking-table tbody tr").first().text()).contains("Django");
            assertThat(page.select(".discussion li").first().text()).contains("answers from 0 to 5");
            assertThat(page.select(".pivotal").text()).isEqualTo("Without Ada, the group's choice would change.");
            assertThat(page.select("table.members tbody tr").eachText())
                    .anySatisfy(row -> assertThat(row).contains("Grace").contains("Flask"));
            assertThat(page.select("table.criteria-spread tbody tr")).hasSize(18);
        }

        @Test
        void theRecordedDecisionIsShownToEveryone() {
            Facilitator room = openRoom("Shop");
            site.form(
                    "/rooms/" + room.roomId() + "/decision",
                    "framework=flask&notes=Small+team",
                    "Cookie",
                    room.cookie());

            Document page = page("/rooms/" + room.roomId(), null);

            assertThat(page.select("#decision").text())
                    .contains("Decided: Flask.")
                    .contains("Small team");
        }

        @Test
        void anUnknownFrameworkInTheDecisionIsNamedOnThePage() {
            Facilitator room = openRoom("Shop");
            Reply reply =
                    site.form("/rooms/" + room.roomId() + "/decision", "framework=rails", "Cookie", room.cookie());

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.html().select("#facilitation .problems").text())
                    .contains("'rails' is not a known framework");
        }

        @Test
        void theProjectorViewShowsTheJoinCodeWhileOpenAndTheVerdictBarsAndThreePointsOnceRevealed() {
            Facilitator room = openRoom("Shop");
            join(room, "name=Ada&orm=5");
            join(room, "name=Grace&admin=5");
            Document before = page("/rooms/" + room.roomId() + "/present", null);
            assertThat(before.select("#join svg.qr")).hasSize(1);
            assertThat(before.select(".present-count").text()).contains("2 answered");
            assertThat(before.select(".headline").text())
                    .isEqualTo("The answers are hidden until the facilitator reveals them.");

            site.form("/rooms/" + room.roomId() + "/reveal", "", "Cookie", room.cookie());
            Document present = page("/rooms/" + room.roomId() + "/present", null);

            assertThat(present.select("main.present h2.headline").text()).isEqualTo("The group leans to Django.");
            assertThat(present.select(".group-ranking li .name").eachText()).containsExactly("Django", "Flask");
            // The widest spreads, disputed first: orm and admin (0 to 5 each), then the first of the undisputed.
            List<String> points = present.select(".points li").eachText();
            assertThat(points).hasSize(3);
            assertThat(points.subList(0, 2))
                    .allSatisfy(point -> assertThat(point).contains("answers from 0 to 5"));
            assertThat(present.select("#join svg.qr"))
                    .as("answering is still open")
                    .hasSize(1);

            site.form("/rooms/" + room.roomId() + "/close", "", "Cookie", room.cookie());
            assertThat(page("/rooms/" + room.roomId() + "/present", null).select("#join"))
                    .isEmpty();
        }

        @Test
        void theSpreadChartHasATextAlternativeAndATableWithLowestMedianHighestAndMean() {
            Facilitator room = openRoom("Shop");
            join(room, "name=Ada&orm=5&admin=5");
            join(room, "name=Grace&orm=0&flexibility=5");
            join(room, "name=Linus&orm=1&admin=3");
            site.form("/rooms/" + room.roomId() + "/reveal", "", "Cookie", room.cookie());

            Document page = page("/rooms/" + room.roomId(), null);

            assertThat(page.select("svg.chart.spread[role=img] title").text())
                    .isEqualTo("How far apart the answers are");
            assertThat(page.select("svg.chart.spread desc").text()).contains("a circle for each member's answer");
            // One row per criterion of the room's version: 2026.11.3 has 18, "Your team's experience" among them.
            assertThat(page.select("svg.chart.spread path.answers")).hasSize(18);
            // orm: 5, 0, 1; admin: 5, 0, 3; both disputed (a range of 5), so they lead, orm first in the
            // knowledge base's order.
            List<String> firstRow = page.select("table.criteria-spread tbody tr")
                    .first()
                    .select("th, td")
                    .eachText();
            assertThat(firstRow).containsExactly("ORM and database access disputed", "0", "1.0", "5", "2.0");
            assertThat(page.select("table.criteria-spread tbody tr")
                            .get(1)
                            .select("td")
                            .eachText())
                    .containsExactly("0", "3.0", "5", "2.7");
            assertThat(page.select(".group-ranking li")).hasSize(2);
        }
    }

    @Nested
    class RoomsForRealTeams {

        Facilitator openRoomWith(String form) {
            Reply reply = site.form("/rooms", form);
            assertThat(reply.status()).as(reply.body()).isEqualTo(302);
            String location = reply.header("Location").orElseThrow();
            String roomId = URI.create(location).getPath().substring("/rooms/".length());
            return new Facilitator(roomId, reply.cookie(RoomCookies.FACILITATOR));
        }

        @Test
        void theFormOffersAnonymityRequiredReasonsAClosingTimeAndAnExpectedCount() {
            Document page = page("/rooms/new", null);

            assertThat(page.select("input[type=checkbox][name=anonymous]")).hasSize(1);
            assertThat(page.select("input[type=checkbox][name=reasonRequired]")).hasSize(1);
            assertThat(page.select("input[type=datetime-local][name=closesAt]")).hasSize(1);
            assertThat(page.select("input[type=number][name=expectedMembers][min=2]"))
                    .hasSize(1);
            assertThat(page.select("input[type=checkbox][name=revealWhenAllAnswered]"))
                    .hasSize(1);
            assertThat(page.select("label[for=closesAt]").text()).contains("UTC");
        }

        @Test
        void aPastClosingTimeAndAnExpectedCountOutOfRangeComeBackAs400WithTheFormKept() {
            Reply reply = site.form("/rooms", "title=Shop&anonymous=true&closesAt=2020-01-01T10:00&expectedMembers=1");

            assertThat(reply.status()).isEqualTo(400);
            Document page = reply.html();
            assertThat(page.select(".problems code").eachText()).containsExactly("closesAt", "expectedMembers");
            assertThat(page.select("input[name=anonymous]").hasAttr("checked")).isTrue();
            assertThat(page.select("input[name=title]").val()).isEqualTo("Shop");
            assertThat(page.select("input[name=closesAt]").val()).isEqualTo("2020-01-01T10:00");
        }

        @Test
        void theRoomPageSaysWhenItClosesInUtcAndHowManyOfTheExpectedHaveAnswered() {
            Instant closesAt = Instant.now()
                    .plus(Duration.ofDays(2))
                    .plus(Duration.ofHours(1))
                    .truncatedTo(ChronoUnit.MINUTES);
            String field = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                    .withZone(ZoneOffset.UTC)
                    .format(closesAt);
            Facilitator room = openRoomWith("title=Shop&expectedMembers=5&closesAt=" + field);
            join(room, "name=Ada&orm=5");

            Document page = page("/rooms/" + room.roomId(), null);

            String when = DateTimeFormatter.ofPattern("d MMM 'at' HH:mm 'UTC'", Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC)
                    .format(closesAt);
            assertThat(page.select(".closing time").text()).isEqualTo("Closes in 2 days, on " + when + ".");
            assertThat(page.select(".closing time").attr("datetime")).isEqualTo(closesAt.toString());
            assertThat(page.select(".room-status .expected").text()).isEqualTo("1 of 5 have answered.");
        }

        @Test
        void aReasonShowsAfterTheRevealNextToTheMembersOwnResult() {
            Facilitator room = openRoom("Shop");
            join(room, "name=Ada&reason=We+know+Python.&orm=5&admin=5");
            join(room, "name=Grace&flexibility=5");
            site.form("/rooms/" + room.roomId() + "/reveal", "", "Cookie", room.cookie());

            Document page = page("/rooms/" + room.roomId(), null);

            assertThat(page.select("table.members tbody tr").eachText())
                    .anySatisfy(row -> assertThat(row).startsWith("Ada").endsWith("We know Python."))
                    .anySatisfy(row -> assertThat(row).startsWith("Grace").endsWith("No reason given"));
        }

        @Test
        void aRoomThatRequiresReasonsSendsTheFormBackNamingTheMissingReason() {
            Facilitator room = openRoomWith("title=Shop&reasonRequired=true");

            Reply reply = site.form("/rooms/" + room.roomId() + "/join", "name=Ada&orm=5");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.html().select(".problems code").eachText()).containsExactly("reason");
            assertThat(reply.html().select("textarea[name=reason][required][maxlength=500]"))
                    .hasSize(1);
        }

        @Test
        void theJoinPageOfAnAnonymousRoomSaysWhatAnonymityMeansAndWhatNotAndTheNameIsOptional() {
            Facilitator room = openRoomWith("title=Shop&anonymous=true");

            Document page = page("/rooms/" + room.roomId() + "/join", null);

            assertThat(page.select("#anonymity").text())
                    .contains("Nobody, the facilitator included, sees your answers")
                    .contains("What it does not do");
            assertThat(page.select("input[name=name]").hasAttr("required")).isFalse();
            assertThat(join(room, "orm=5")).isNotBlank();
            assertThat(page("/rooms/" + room.roomId(), room.cookie())
                            .select("#answered")
                            .text())
                    .contains("One member has answered.")
                    .doesNotContain("Remove");
        }
    }

    /** Members may describe their project on the ballot form, without JavaScript (issue 15). */
    @Nested
    class MembersDescribeTheirProject {

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        KnowledgeBases kbs;

        Facilitator roomWhoseTeamKnowsDjangoAndFlask() {
            Reply reply = site.form("/rooms", "title=Shop&context=Five&team-knows=django&team-knows=flask");
            assertThat(reply.status()).as(reply.body()).isEqualTo(302);
            String location = reply.header("Location").orElseThrow();
            return new Facilitator(
                    URI.create(location).getPath().substring("/rooms/".length()),
                    reply.cookie(RoomCookies.FACILITATOR));
        }

        String stored(Facilitator room, String column) {
            return jdbc.queryForObject(
                    "SELECT " + column + " FROM ballot WHERE room_id = ?", String.class, room.roomId());
        }

        @Test
        void theJoinFormAsksTheProjectQuestionsButNotTeamKnowsAndFoldsTheFineTuning() {
            Facilitator room = roomWhoseTeamKnowsDjangoAndFlask();

            Document page = page("/rooms/" + room.roomId() + "/join", null);

            assertThat(page.select("fieldset.project-question").eachAttr("id"))
                    .contains("q-project-kind", "q-scale")
                    .doesNotContain("q-team-knows")
                    .hasSize(kbs.current().questions().size() - 1);
            assertThat(page.select("fieldset.project-question input[required]"))
                    .as("every question is optional in a room")
                    .isEmpty();
            assertThat(page.select("details#fine-tune").hasAttr("open")).isFalse();
            assertThat(page.select("details#fine-tune input[name=orm][value=''][checked]"))
                    .hasSize(1);
            assertThat(page.select("details#fine-tune label.from-answers")
                            .first()
                            .text())
                    .isEqualTo("From my project answers");
            assertThat(page.select(".team-knows").text()).isEqualTo("Your team knows: Django, Flask");
            assertThat(page.select(".no-must-haves").text()).contains("must-haves");
        }

        @Test
        void projectAnswersDeriveTheWeightsAndARatedPointOverridesItsDerivedWeight() {
            Facilitator room = roomWhoseTeamKnowsDjangoAndFlask();

            join(room, "name=Ada&project-kind=json-api&team-python=experienced&orm=&admin=0");

            Map<String, Integer> derived = ProjectRule.derive(
                            kbs.current(),
                            new ProjectAnswers(Map.of(
                                    "project-kind", List.of("json-api"),
                                    "team-python", List.of("experienced"),
                                    "team-knows", List.of("django", "flask"))))
                    .weights();
            Map<String, Integer> expected = new LinkedHashMap<>(derived);
            expected.put("admin", 0);
            assertThat(stored(room, "project")).isEqualTo("project-kind=json-api&team-python=experienced");
            assertThat(stored(room, "weights")).isEqualTo(ResultsLink.query(expected, List.of()));
        }

        @Test
        void theReopenedBallotShowsTheAnswersAndWhereEachWeightCameFrom() {
            Facilitator room = roomWhoseTeamKnowsDjangoAndFlask();
            String member = join(room, "name=Ada&project-kind=data-app&staff-editing=yes&admin=0");

            Document page = page("/rooms/" + room.roomId() + "/ballot", member);

            assertThat(page.select("input[name=project-kind][value=data-app]").hasAttr("checked"))
                    .isTrue();
            assertThat(page.select("input[name=staff-editing][value=yes]").hasAttr("checked"))
                    .isTrue();
            assertThat(page.select("input[name=admin][value=0]").hasAttr("checked"))
                    .isTrue();
            assertThat(page.select("input[name=orm][value='']").hasAttr("checked"))
                    .isTrue();
            assertThat(page.select("details#fine-tune").hasAttr("open"))
                    .as("she rated a point")
                    .isTrue();
            assertThat(page.select("#admin-help ~ .weight-reason, .weight-reason")
                            .eachText())
                    .contains("Set by you")
                    .anyMatch(text -> text.startsWith("Set by your answers to: What are you building?"));
        }

        @Test
        void badAnswersComeBackNamedAndNothingIsStored() {
            Facilitator room = roomWhoseTeamKnowsDjangoAndFlask();
            Map<String, String> bad = Map.of(
                    "name=Ada&project-kind=desktop-app", "project-kind",
                    "name=Ada&project-kind=json-api&project-kind=realtime", "takes one answer",
                    "name=Ada&project-kind=json-api&team-knows=django", "team-knows",
                    "name=Ada&scale=small", "is required with the other project answers");

            bad.forEach((form, named) -> {
                Reply reply = site.form("/rooms/" + room.roomId() + "/join", form);
                assertThat(reply.status()).as(form).isEqualTo(400);
                assertThat(reply.html().select(".problems").text()).as(form).contains(named);
            });
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM ballot WHERE room_id = ?", Integer.class, room.roomId()))
                    .isZero();
        }
    }
}
