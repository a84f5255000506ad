package com.frameworkadvisor.rooms;

import com.frameworkadvisor.scoring.GroupScorer;
import com.frameworkadvisor.scoring.Scorer;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
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
    private final RoomDeadlines deadlines;

    RoomsConfiguration(RoomProperties properties, RoomLiveUpdates live, RoomPurge purge, RoomDeadlines deadlines) {
        this.properties = properties;
        this.live = live;
        this.purge = purge;
        this.deadlines = deadlines;
    }

    @Bean
    GroupScorer groupScorer(Scorer scorer) {
        return new GroupScorer(scorer);
    }

    /**
     * Seeing a room needs no key, but the facilitator key shows the answers before the reveal: either is a way in,
     * which annotations cannot say.
     */
    @Bean
    OpenApiCustomizer facilitatorKeyIsOptionalToSeeARoom() {
        return openApi -> {
            PathItem room = openApi.getPaths().get("/api/rooms/{id}");
            if (room != null && room.getGet() != null && room.getGet().getSecurity() != null) {
                room.getGet().getSecurity().add(0, new SecurityRequirement());
            }
        };
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(live::poll, properties.livePoll());
        tasks.addFixedDelayTask(live::heartbeat, properties.heartbeat());
        tasks.addFixedDelayTask(purge::purgeExpired, properties.purgeInterval());
        tasks.addFixedDelayTask(deadlines::closeDue, properties.deadlineCheck());
    }
}
