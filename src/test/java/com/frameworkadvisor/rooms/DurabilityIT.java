package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.frameworkadvisor.support.EmbeddedPostgres;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * An acknowledged ballot survives the server being killed. The packaged jar runs as its own process, exactly as it is
 * deployed; members send ballots, some at the same time, and the moment the last one is acknowledged the process is
 * killed with SIGKILL, so nothing gets the chance to flush or shut down. A new process on the same database must then
 * list exactly the ballots that were acknowledged: "201 Created" means stored, on the embedded H2 file database (which
 * the default configuration opens with {@code WRITE_DELAY=0} for this reason) as on PostgreSQL.
 */
class DurabilityIT {

    static final Duration STARTUP_WAIT = Duration.ofSeconds(90);
    static final Duration EXIT_WAIT = Duration.ofSeconds(30);
    static final int BALLOTS = 25;
    static final int MEMBERS_AT_ONCE = 5;
    /** How a JVM process reports that it was ended by signal 9. */
    static final int KILLED_BY_SIGKILL = 128 + 9;

    /** Where the rooms are stored, with the command-line settings that say so; both runs of a case get the same. */
    enum Store {
        H2 {
            @Override
            List<String> settings(Path workDir) {
                return List.of("--advisor.data-dir=" + workDir.resolve("data").toAbsolutePath());
            }
        },
        POSTGRESQL {
            @Override
            List<String> settings(Path workDir) {
                return List.of(
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + EmbeddedPostgres.newDatabase(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres");
            }
        };

        abstract List<String> settings(Path workDir);
    }

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killEveryProcessStarted() throws InterruptedException {
        for (Process process : started) {
            kill(process);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    void everyAcknowledgedBallotSurvivesTheServerBeingKilledRightAfterwards(Store store) throws Exception {
        Path workDir = Files.createDirectories(Path.of(
                "target",
                "durability",
                store.name().toLowerCase() + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS"))));
        List<String> settings = store.settings(workDir);

        Server first = Server.start(this, "first run", workDir, settings);
        OpenedRoom room = first.rooms().openRoom("Durable room");

        long sending = System.nanoTime();
        List<BallotReply> replies = sendBallotsAtTheSameTime(first, room);
        long lastAcknowledged = System.nanoTime();
        int exitCode = kill(first.process());
        long exited = System.nanoTime();

        List<String> acknowledged = replies.stream()
                .filter(reply -> reply.status() == 201)
                .map(BallotReply::ballotId)
                .toList();
        System.out.printf(
                "[%s] %d of %d ballots acknowledged in %d ms (%d at a time); SIGKILL sent right after the "
                        + "last; the process exited %d ms later with code %d%n",
                store,
                acknowledged.size(),
                BALLOTS,
                millis(lastAcknowledged - sending),
                MEMBERS_AT_ONCE,
                millis(exited - lastAcknowledged),
                exitCode);
        assertThat(exitCode)
                .as("the first run ended by SIGKILL, not by a shutdown")
                .isEqualTo(KILLED_BY_SIGKILL);
        assertThat(replies).as("every ballot was acknowledged").allMatch(reply -> reply.status() == 201);

        Server second = Server.start(this, "second run", workDir, settings);
        JsonNode after = second.rooms().view(room);

        List<String> listed = new ArrayList<>();
        after.get("ballots").forEach(ballot -> listed.add(ballot.get("id").asString()));
        System.out.printf("[%s] after the restart the room lists %d ballots%n", store, listed.size());
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(after.get("revision").asLong())
                .as("the revision counts every acknowledged ballot")
                .isEqualTo(BALLOTS);
    }

    // ------------------------------------------------------------------------------------------------------------

    record BallotReply(int status, String ballotId, String body) {}

    /** Sends {@link #BALLOTS} ballots, {@link #MEMBERS_AT_ONCE} at a time; returns once every one is answered. */
    static List<BallotReply> sendBallotsAtTheSameTime(Server server, OpenedRoom room) throws Exception {
        List<Callable<BallotReply>> sends = new ArrayList<>();
        for (int i = 1; i <= BALLOTS; i++) {
            String name = "Member " + i;
            Map<String, Integer> weights = Map.of("orm", i % 5 + 1);
            sends.add(() -> {
                Site.Reply reply = server.rooms().sendBallot(room, name, weights);
                String id = reply.status() == 201 ? reply.json().get("ballotId").asString() : null;
                return new BallotReply(reply.status(), id, reply.body());
            });
        }
        ExecutorService members = Executors.newFixedThreadPool(MEMBERS_AT_ONCE);
        try {
            List<BallotReply> replies = new ArrayList<>();
            for (Future<BallotReply> reply : members.invokeAll(sends, 60, TimeUnit.SECONDS)) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            members.shutdownNow();
        }
    }

    /** Kills the process and whatever it started with SIGKILL and waits for it to end; returns its exit code. */
    static int kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            fail("process %d did not exit within %s of SIGKILL", process.pid(), EXIT_WAIT);
        }
        return process.exitValue();
    }

    static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** The packaged application, running as its own OS process on a free port of 127.0.0.1. */
    record Server(Process process, Site site, RoomClient rooms, Path log) {

        static Server start(DurabilityIT test, String run, Path workDir, List<String> settings) throws Exception {
            int port = freePort();
            Path log = workDir.resolve(run.replace(' ', '-') + ".log").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(
                    javaExecutable(),
                    "-jar",
                    packagedJar().toString(),
                    "--server.port=" + port,
                    "--server.address=127.0.0.1"));
            command.addAll(settings);
            long starting = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            test.started.add(process);
            Site site = Site.at("http://127.0.0.1:" + port);
            Server server = new Server(process, site, RoomClient.on(site), log);
            server.awaitHealthy(run);
            System.out.printf(
                    "%s: healthy after %.1f s on port %d (log: %s)%n",
                    run, (System.nanoTime() - starting) / 1e9, port, log);
            return server;
        }

        private void awaitHealthy(String run) throws Exception {
            long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail(
                            "The %s exited with code %d before it was healthy; its log:%n%s",
                            run, process.exitValue(), tail());
                }
                try {
                    Site.Reply health = site.send(HttpRequest.newBuilder(URI.create(site.url("/actuator/health")))
                            .timeout(Duration.ofSeconds(5))
                            .GET());
                    if (health.status() == 200) {
                        return;
                    }
                } catch (UncheckedIOException notListeningYet) {
                    // keep waiting
                }
                // Polling, not proving an order: the process tells nothing when it is ready, so it is asked again
                // every quarter of a second until it answers or STARTUP_WAIT has passed.
                Thread.sleep(250);
            }
            fail("The %s was not healthy within %s; its log:%n%s", run, STARTUP_WAIT, tail());
        }

        private String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(could not read " + log + ": " + e + ")";
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        private static String javaExecutable() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }

        /**
         * The executable jar {@code mvn package} built: named by failsafe's {@code advisor.test.jar}, else the one
         * jar in target/ that is not the plain {@code .original}.
         */
        private static Path packagedJar() throws IOException {
            String configured = System.getProperty("advisor.test.jar");
            if (configured != null && !configured.isBlank()) {
                Path jar = Path.of(configured).toAbsolutePath();
                assertThat(jar).as("advisor.test.jar").isRegularFile();
                return jar;
            }
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                List<Path> jars = files.filter(
                                file -> file.getFileName().toString().endsWith(".jar"))
                        .toList();
                assertThat(jars)
                        .as("the packaged jar in target/; run mvn verify, or set advisor.test.jar")
                        .hasSize(1);
                return jars.get(0).toAbsolutePath();
            }
        }
    }
}
