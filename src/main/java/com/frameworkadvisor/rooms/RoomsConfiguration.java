package com.frameworkadvisor.rooms;

import com.frameworkadvisor.scoring.GroupScorer;
import com.frameworkadvisor.scoring.Scorer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoomProperties.class)
@EnableScheduling
class RoomsConfiguration implements SchedulingConfigurer {

    private final RoomProperties properties;
    private final RoomLiveUpdates live;
    private final RoomPurge purge;

    RoomsConfiguration(RoomProperties properties, RoomLiveUpdates live, RoomPurge purge) {
        this.properties = properties;
        this.live = live;
        this.purge = purge;
    }

    @Bean
    GroupScorer groupScorer(Scorer scorer) {
        return new GroupScorer(scorer);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(live::poll, properties.livePoll());
        tasks.addFixedDelayTask(live::heartbeat, properties.heartbeat());
        tasks.addFixedDelayTask(purge::purgeExpired, properties.purgeInterval());
    }
}
