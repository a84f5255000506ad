package com.frameworkadvisor.rooms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code advisor.rooms}.
 *
 * @param retention how long a room lives after it is created; then it answers 410 Gone and its data is purged
 * @param maxBallots the most ballots one room takes
 * @param livePoll how often each instance checks the database for changes made through other instances
 * @param heartbeat how often an idle live connection gets a comment, so dead ones are noticed and proxies keep it open
 * @param purgeInterval how often expired rooms are purged
 * @param deadlineCheck how often rooms whose closing time has come are closed (ballots are refused from that moment
 *     regardless; this makes their pages say so)
 * @param pushSpacing the least time between two live pushes for one room: changes that come sooner reach viewers
 *     together, with the newest revision, when it has passed; zero pushes every change at once
 */
@ConfigurationProperties("advisor.rooms")
record RoomProperties(
        @DefaultValue("90d") Duration retention,
        @DefaultValue("200") int maxBallots,
        @DefaultValue("500ms") Duration livePoll,
        @DefaultValue("20s") Duration heartbeat,
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("2s") Duration deadlineCheck,
        @DefaultValue("200ms") Duration pushSpacing) {}
