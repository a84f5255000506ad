package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.SteppableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/** Live pushes for one room, spaced 200 ms apart, on a clock the test moves. */
class PushPacerTest {

    static final Duration SPACING = Duration.ofMillis(200);

    final SteppableClock clock = SteppableClock.stoppedAt(Instant.parse("2026-11-30T10:00:00Z"));
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final List<String> pushed = new ArrayList<>();
    final PushPacer pacer = pacer(SPACING);

    PushPacer pacer(Duration spacing) {
        return new PushPacer(spacing, Runnable::run, scheduler, (room, revision) -> pushed.add(room + "@" + revision));
    }

    void after(long millis) {
        clock.advance(Duration.ofMillis(millis));
        scheduler.runDue();
    }

    @Nested
    class AfterAQuietSpell {

        @Test
        void theFirstChangeIsPushedAtOnce() {
            pacer.changed("r1", 1);

            assertThat(pushed).containsExactly("r1@1");
            assertThat(scheduler.waiting()).isZero();
        }

        @Test
        void aChangeOnceTheSpacingHasPassedIsPushedAtOnceToo() {
            pacer.changed("r1", 1);
            after(200);
            pacer.changed("r1", 2);

            assertThat(pushed).containsExactly("r1@1", "r1@2");
        }

        @Test
        void roomsArePacedApart() {
            pacer.changed("r1", 1);
            pacer.changed("r2", 7);

            assertThat(pushed).containsExactly("r1@1", "r2@7");
        }

        @Test
        void aRoomForgottenWhenItsLastViewerLeftStartsAfresh() {
            pacer.changed("r1", 1);
            pacer.forget("r1");
            pacer.changed("r1", 2);

            assertThat(pushed).containsExactly("r1@1", "r1@2");
        }
    }

    @Nested
    class ChangesWithinTheSpacing {

        @Test
        void waitForItAndArePushedOnceWithTheNewestRevision() {
            pacer.changed("r1", 1);
            after(50);
            pacer.changed("r1", 2);
            pacer.changed("r1", 4);
            pacer.changed("r1", 3); // a push that lost a race on its way here

            assertThat(pushed).containsExactly("r1@1");
            after(149);
            assertThat(pushed).as("199 ms after the first push").containsExactly("r1@1");
            after(1);
            assertThat(pushed).containsExactly("r1@1", "r1@4");
        }

        @Test
        void keepThePushesSpacedWhileTheRoomKeepsChanging() {
            pacer.changed("r1", 1);
            for (int revision = 2; revision <= 21; revision++) {
                after(20);
                pacer.changed("r1", revision);
            }
            after(200);

            assertThat(pushed)
                    .as("400 ms of changes every 20 ms, then quiet")
                    .containsExactly("r1@1", "r1@10", "r1@20", "r1@21");
        }

        @Test
        void countFromTheLastPushNotFromTheChange() {
            pacer.changed("r1", 1);
            after(190);
            pacer.changed("r1", 2);
            after(10);

            assertThat(pushed).containsExactly("r1@1", "r1@2");
        }
    }

    @Nested
    class WithoutSpacing {

        @Test
        void everyChangeIsPushedAtOnce() {
            PushPacer unpaced = pacer(Duration.ZERO);
            unpaced.changed("r1", 1);
            unpaced.changed("r1", 2);
            unpaced.changed("r1", 3);

            assertThat(pushed).containsExactly("r1@1", "r1@2", "r1@3");
            assertThat(scheduler.waiting()).isZero();
        }
    }

    /** Runs what was scheduled when the test has moved the clock to its time. */
    static final class ManualScheduler implements TaskScheduler {

        private record Task(Instant due, Runnable task) {}

        private final Clock clock;
        private final List<Task> tasks = new ArrayList<>();

        ManualScheduler(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Clock getClock() {
            return clock;
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
            tasks.add(new Task(startTime, task));
            return null;
        }

        int waiting() {
            return tasks.size();
        }

        void runDue() {
            List<Task> due = tasks.stream()
                    .filter(t -> !t.due().isAfter(clock.instant()))
                    .sorted(Comparator.comparing(Task::due))
                    .toList();
            tasks.removeAll(due);
            due.forEach(t -> t.task().run());
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
            throw new UnsupportedOperationException();
        }
    }
}
