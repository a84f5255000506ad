package com.frameworkadvisor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load and check driver behind bench/rooms-load, compiled with the tests but run by no test (Java 17, Jackson, and
 * a JDBC driver for {@code check}).
 *
 * <pre>
 * java RoomsLoad load  --url URL[,URL] --members N --viewers N --duration S [--warmup S] [--think MS]
 *                      [--probe-viewers N] [--probe-interval MS] [--request-timeout S] [--catch-up S] [--ledger FILE]
 *                      [--fault-at S --outage S --pg-stop CMD --pg-start CMD --hang-limit S --recovery-limit S]
 * java RoomsLoad check --ledger FILE --jdbc URL [--user U] [--password P]
 * </pre>
 *
 * {@code load} opens one room and drives it: members (threads) each submit one ballot and then revise it with new
 * random weights until the time is up; viewers hold Server-Sent-Event streams on the room. A probe member revises its
 * ballot in a second room that only it changes, so the revision of each of its changes is known exactly, and probe
 * viewers on that room measure the live-update delay. Every request is recorded; the report goes to stdout and the
 * acknowledged state of the load room to the ledger, which {@code check} compares with the ballot table. See
 * bench/rooms-load and docs/reliability.md.
 */
public class RoomsLoad {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: RoomsLoad load|check --option value ...");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("bad argument: " + args[i]);
                System.exit(2);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        int status = switch (args[0]) {
            case "load" -> new Load(options).run();
            case "check" -> Check.run(options);
            default -> {
                System.err.println("unknown mode: " + args[0]);
                yield 2;
            }
        };
        System.out.flush();
        System.exit(status);
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    static long now() {
        return System.nanoTime();
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Recorded requests

    /** One request: status -1 when no HTTP answer came, with {@code failure} saying why. Times are System.nanoTime(). */
    record Sample(String kind, int instance, long start, long end, int status, String failure, String contentType) {
        long nanos() {
            return end - start;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A refusal before anything was written: the request certainly did not change the room. */
        boolean definitelyRefused() {
            return status >= 400 && status < 500;
        }

        String outcome() {
            return status > 0 ? Integer.toString(status) : failure;
        }
    }

    record Reply(Sample sample, String body, HttpResponse<String> response) {
        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The load

    static final class Load {
        final List<String> urls;
        final int members;
        final int viewers;
        final int duration;
        final int warmup;
        final int think;
        final int probeViewers;
        final int probeInterval;
        final Duration requestTimeout;
        final int catchUp;
        final Path ledger;
        final Integer faultAt;
        final int outage;
        final String pgStop;
        final String pgStart;
        final double hangLimit;
        final double recoveryLimit;
        /** Per instance: when it first acknowledged a change sent after PostgreSQL was back (nanoTime; absent: never). */
        final Map<Integer, Long> recoveredAt = new HashMap<>();

        final List<HttpClient> clients = new ArrayList<>();
        final List<HttpClient> streamClients = new ArrayList<>();
        List<String> criteria;
        volatile ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger ackedChanges = new AtomicInteger();
        final AtomicInteger changeAttempts = new AtomicInteger();

        // The fault's timeline (nanoTime; 0 = did not happen).
        volatile long stopBegin;
        volatile long stopDone;
        volatile long startBegin;
        volatile long startDone;
        volatile String faultProblem;

        Load(Map<String, String> o) {
            urls = List.of(required(o, "url").split(","));
            members = Integer.parseInt(o.getOrDefault("members", "200"));
            viewers = Integer.parseInt(o.getOrDefault("viewers", "50"));
            duration = Integer.parseInt(o.getOrDefault("duration", "30"));
            warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
            think = Integer.parseInt(o.getOrDefault("think", "100"));
            probeViewers = Integer.parseInt(o.getOrDefault("probe-viewers", "10"));
            probeInterval = Integer.parseInt(o.getOrDefault("probe-interval", "250"));
            requestTimeout = Duration.ofSeconds(Integer.parseInt(o.getOrDefault("request-timeout", "60")));
            catchUp = Integer.parseInt(o.getOrDefault("catch-up", "5"));
            ledger = o.containsKey("ledger") ? Path.of(o.get("ledger")) : null;
            faultAt = o.containsKey("fault-at") ? Integer.valueOf(o.get("fault-at")) : null;
            outage = Integer.parseInt(o.getOrDefault("outage", "8"));
            pgStop = o.get("pg-stop");
            pgStart = o.get("pg-start");
            hangLimit = Double.parseDouble(o.getOrDefault("hang-limit", "5"));
            recoveryLimit = Double.parseDouble(o.getOrDefault("recovery-limit", "10"));
            if (faultAt != null && (pgStop == null || pgStart == null)) {
                throw new IllegalArgumentException("--fault-at needs --pg-stop and --pg-start");
            }
            for (int i = 0; i < urls.size(); i++) {
                clients.add(client(members + 16));
                streamClients.add(client(8));
            }
        }

        private static HttpClient client(int threads) {
            ExecutorService executor = Executors.newFixedThreadPool(threads, daemon("http"));
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(executor)
                    .build();
        }

        int run() throws Exception {
            criteria = criteria();
            System.err.printf("%d criteria; %d instance(s): %s%n", criteria.size(), urls.size(), urls);

            if (warmup > 0) {
                System.err.printf(
                        "warming up for %d s (a separate room, %d members, %d viewers)%n",
                        warmup, Math.min(members, 20), Math.min(viewers, 5));
                Phase warm = new Phase(
                        createRoom("Warm-up room"),
                        createRoom("Warm-up probe room"),
                        Math.min(members, 20),
                        Math.min(viewers, 5),
                        Math.min(probeViewers, 2));
                warm.run(warmup, false);
                samples = new ConcurrentLinkedQueue<>();
                probes.clear();
                ackedChanges.set(0);
                changeAttempts.set(0);
                stop.set(false);
            }

            String[] room = createRoom("Load room");
            System.err.printf(
                    "load: room %s, %d members, %d viewers, %d s%s%n",
                    room[0],
                    members,
                    viewers,
                    duration,
                    faultAt == null ? "" : ", PostgreSQL stopped at " + faultAt + " s for " + outage + " s");
            Phase phase = new Phase(room, createRoom("Probe room"), members, viewers, probeViewers);
            phase.run(duration, true);
            return report(phase);
        }

        List<String> criteria() throws Exception {
            Reply reply = send("knowledge-base", 0, get(0, "/api/knowledge-base"));
            if (reply.sample().status() != 200) {
                throw new IllegalStateException(
                        "GET /api/knowledge-base answered " + reply.sample().outcome());
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode c : reply.json().required("criteria")) {
                ids.add(c.required("id").asString());
            }
            return ids;
        }

        String[] createRoom(String title) throws Exception {
            Reply reply = send("create-room", 0, post(0, "/api/rooms", "{\"title\": \"" + title + "\"}", "POST"));
            if (reply.sample().status() != 201) {
                throw new IllegalStateException(
                        "POST /api/rooms answered " + reply.sample().outcome() + ": " + reply.body());
            }
            JsonNode json = reply.json();
            return new String[] {
                json.required("id").asString(), json.required("facilitatorKey").asString()
            };
        }

        HttpRequest.Builder get(int instance, String path) {
            return HttpRequest.newBuilder(URI.create(urls.get(instance) + path))
                    .timeout(requestTimeout)
                    .header("Accept", "application/json")
                    .GET();
        }

        HttpRequest.Builder post(int instance, String path, String json, String method) {
            return HttpRequest.newBuilder(URI.create(urls.get(instance) + path))
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }

        Reply send(String kind, int instance, HttpRequest.Builder request) {
            long start = now();
            try {
                HttpResponse<String> response =
                        clients.get(instance).send(request.build(), HttpResponse.BodyHandlers.ofString());
                Sample sample = new Sample(
                        kind,
                        instance,
                        start,
                        now(),
                        response.statusCode(),
                        null,
                        response.headers().firstValue("Content-Type").orElse(""));
                samples.add(sample);
                return new Reply(sample, response.body(), response);
            } catch (IOException e) {
                Sample sample = new Sample(kind, instance, start, now(), -1, failure(e), "");
                samples.add(sample);
                return new Reply(sample, "", null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Sample sample = new Sample(kind, instance, start, now(), -1, "interrupted", "");
                samples.add(sample);
                return new Reply(sample, "", null);
            }
        }

        static String failure(IOException e) {
            if (e instanceof HttpConnectTimeoutException) {
                return "connect timeout";
            }
            if (e instanceof HttpTimeoutException) {
                return "timeout";
            }
            if (e instanceof ConnectException) {
                return "connection refused";
            }
            String message = e.getMessage() == null ? "" : e.getMessage();
            return "I/O error (" + e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message) + ")";
        }

        Map<String, Integer> randomWeights() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Map<String, Integer> weights = new LinkedHashMap<>();
            boolean any = false;
            for (String id : criteria) {
                int w = random.nextInt(6);
                weights.put(id, w);
                any |= w > 0;
            }
            if (!any) {
                weights.put(criteria.get(random.nextInt(criteria.size())), 1 + random.nextInt(5));
            }
            return weights;
        }

        static String ballotJson(String name, Map<String, Integer> weights) {
            StringBuilder json = new StringBuilder("{\"name\": \"").append(name).append("\", \"weights\": {");
            weights.forEach((id, w) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ", ")
                    .append('"')
                    .append(id)
                    .append("\": ")
                    .append(w));
            return json.append("}}").toString();
        }

        /** The form the database stores (non-zero weights), in a stable order for comparisons. */
        static String canonical(Map<String, Integer> weights) {
            StringBuilder s = new StringBuilder();
            new TreeMap<>(weights).forEach((id, w) -> {
                if (w > 0) {
                    s.append(s.length() == 0 ? "" : "&").append(id).append('=').append(w);
                }
            });
            return s.toString();
        }

        static void sleep(long millis) {
            if (millis <= 0) {
                return;
            }
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        // ---- one room, its members and viewers ----

        final class Phase {
            final String roomId;
            final String probeRoomId;
            final int memberCount;
            final List<Member> memberList = new ArrayList<>();
            final List<Viewer> viewerList = new ArrayList<>();
            final List<Viewer> probeViewerList = new ArrayList<>();
            final ProbeMember probe;
            long loadStart;
            long loadEnd;
            long finalRevision = -1;
            long caughtUpNanos = -1;
            int caughtUp;

            Phase(String[] room, String[] probeRoom, int memberCount, int viewerCount, int probeViewerCount) {
                this.roomId = room[0];
                this.probeRoomId = probeRoom[0];
                this.memberCount = memberCount;
                for (int i = 0; i < memberCount; i++) {
                    memberList.add(new Member(roomId, i, i % urls.size()));
                }
                for (int i = 0; i < viewerCount; i++) {
                    viewerList.add(new Viewer(roomId, i % urls.size()));
                }
                for (int i = 0; i < probeViewerCount; i++) {
                    probeViewerList.add(new Viewer(probeRoomId, i % urls.size()));
                }
                probe = new ProbeMember(probeRoomId);
            }

            List<Viewer> allViewers() {
                List<Viewer> all = new ArrayList<>(viewerList);
                all.addAll(probeViewerList);
                return all;
            }

            void run(int seconds, boolean withFault) throws Exception {
                // Viewers first, all connected before the first ballot.
                List<Viewer> allViewers = allViewers();
                CountDownLatch connected = new CountDownLatch(allViewers.size());
                List<Thread> viewerThreads = new ArrayList<>();
                for (Viewer viewer : allViewers) {
                    viewer.connected = connected;
                    Thread t = daemon("viewer").newThread(viewer);
                    viewerThreads.add(t);
                    t.start();
                }
                if (!connected.await(60, TimeUnit.SECONDS)) {
                    System.err.printf(
                            "only %d of %d viewers connected within 60 s; going on%n",
                            allViewers.size() - connected.getCount(), allViewers.size());
                }

                CyclicBarrier together = new CyclicBarrier(memberCount + 2);
                List<Thread> memberThreads = new ArrayList<>();
                for (Member member : memberList) {
                    member.together = together;
                    Thread t = daemon("member").newThread(member);
                    memberThreads.add(t);
                    t.start();
                }
                probe.together = together;
                Thread probeThread = daemon("probe").newThread(probe);
                memberThreads.add(probeThread);
                probeThread.start();
                together.await(60, TimeUnit.SECONDS);
                loadStart = now();
                Thread fault = null;
                if (withFault && faultAt != null) {
                    fault = daemon("fault").newThread(this::fault);
                    fault.start();
                }
                long deadline = loadStart + TimeUnit.SECONDS.toNanos(seconds);
                while (now() < deadline) {
                    sleep(Math.min(250, TimeUnit.NANOSECONDS.toMillis(deadline - now()) + 1));
                }
                if (fault != null) {
                    fault.join(TimeUnit.SECONDS.toMillis(outage + 120));
                }
                stop.set(true);
                long joinDeadline = now() + requestTimeout.toNanos() + TimeUnit.SECONDS.toNanos(15);
                for (Thread t : memberThreads) {
                    t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinDeadline - now())));
                    if (t.isAlive()) {
                        System.err.println("a member did not finish its last request in time");
                    }
                }
                loadEnd = now();

                // Every viewer must hear of the room's last revision (cross-instance: after a poll).
                Reply last = send("final-read", 0, get(0, "/api/rooms/" + roomId));
                if (last.sample().ok()) {
                    finalRevision = last.json().required("revision").asLong();
                    long waitUntil = now() + TimeUnit.SECONDS.toNanos(catchUp);
                    long from = now();
                    long lastProbe =
                            probes.stream().mapToLong(Probe::revision).max().orElse(-1);
                    while (now() < waitUntil
                            && (viewerList.stream().anyMatch(v -> v.maxSeen < finalRevision)
                                    || probeViewerList.stream().anyMatch(v -> v.maxSeen < lastProbe))) {
                        sleep(20);
                    }
                    caughtUp = (int) viewerList.stream()
                            .filter(v -> v.maxSeen >= finalRevision)
                            .count();
                    if (caughtUp == viewerList.size()) {
                        caughtUpNanos = now() - from;
                    }
                }
                for (Viewer viewer : allViewers) {
                    viewer.close();
                }
                for (Thread t : viewerThreads) {
                    t.interrupt();
                    t.join(2000);
                }
            }

            void fault() {
                sleep(TimeUnit.NANOSECONDS.toMillis(loadStart + TimeUnit.SECONDS.toNanos(faultAt) - now()));
                System.err.println("fault: stopping PostgreSQL (fast shutdown)");
                stopBegin = now();
                String stopped = runCommand(pgStop, 60);
                stopDone = now();
                if (stopped != null) {
                    faultProblem = "stopping PostgreSQL failed: " + stopped;
                }
                sleep(TimeUnit.SECONDS.toMillis(outage) - TimeUnit.NANOSECONDS.toMillis(stopDone - stopBegin));
                System.err.println("fault: starting PostgreSQL again");
                startBegin = now();
                String started = runCommand(pgStart, 120);
                startDone = now();
                if (started != null) {
                    faultProblem = (faultProblem == null ? "" : faultProblem + "; ") + "starting PostgreSQL failed: "
                            + started;
                }
                System.err.printf("fault: PostgreSQL down for %.1f s%n", ms(startDone - stopBegin) / 1000);
            }
        }

        /** Runs a shell command, bounded; null when it exited 0, else what went wrong. */
        static String runCommand(String command, int seconds) {
            try {
                Process process = new ProcessBuilder("bash", "-c", command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return "did not finish within " + seconds + " s";
                }
                return process.exitValue() == 0 ? null : "exit status " + process.exitValue();
            } catch (IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        /** A change of the probe's ballot: answered (2xx) at {@code acked} on that instance, making that revision. */
        record Probe(int instance, long acked, long revision) {}

        /**
         * The probe: the only member of the probe room, revising its ballot every --probe-interval ms on each instance in
         * turn. Nobody else changes that room, so each acknowledged change's revision is known exactly: one more than
         * the last (after an answer that leaves the outcome unknown, it reads the room's revision again).
         */
        final class ProbeMember implements Runnable {
            final String roomId;
            CyclicBarrier together;

            ProbeMember(String roomId) {
                this.roomId = roomId;
            }

            @Override
            public void run() {
                try {
                    together.await(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return;
                }
                String path = "/api/rooms/" + roomId + "/ballots";
                String ballotId = null;
                String ballotKey = null;
                while (!stop.get() && ballotId == null) {
                    Reply reply =
                            send("submit (probe)", 0, post(0, path, ballotJson("probe", randomWeights()), "POST"));
                    if (reply.sample().status() == 201) {
                        JsonNode json = reply.json();
                        ballotId = json.required("ballotId").asString();
                        ballotKey = json.required("ballotKey").asString();
                    } else {
                        sleep(250);
                    }
                }
                long revision = ballotId == null ? -1 : readRevision(0);
                int instance = 0;
                while (!stop.get()) {
                    sleep(probeInterval);
                    if (stop.get()) {
                        break;
                    }
                    instance = (instance + 1) % urls.size();
                    Reply reply = send(
                            "revise (probe)",
                            instance,
                            post(instance, path + "/" + ballotId, ballotJson("probe", randomWeights()), "PUT")
                                    .header("X-Ballot-Key", ballotKey));
                    if (reply.sample().ok()) {
                        revision = revision < 0 ? readRevision(instance) : revision + 1;
                        if (revision >= 0) {
                            probes.add(new Probe(instance, reply.sample().end(), revision));
                        }
                    } else {
                        revision = -1; // unknown until read again
                        sleep(250);
                    }
                }
            }

            private long readRevision(int instance) {
                Reply read = send("read (probe)", instance, get(instance, "/api/rooms/" + roomId));
                return read.sample().ok() ? read.json().required("revision").asLong() : -1;
            }
        }

        /** A member: one ballot, then revisions until the time is up. */
        final class Member implements Runnable {
            final String roomId;
            final int index;
            int instance;
            CyclicBarrier together;
            String ballotId;
            String ballotKey;
            String name;
            String acked;
            /** Revisions sent after the last acknowledged one whose outcome is unknown (no answer, or a 5xx). */
            final List<String> maybeAfterAck = new ArrayList<>();
            /** Submissions without an acknowledgement whose outcome is unknown: name and weights. */
            final List<String[]> maybeSubmitted = new ArrayList<>();

            Member(String roomId, int index, int instance) {
                this.roomId = roomId;
                this.index = index;
                this.instance = instance;
            }

            @Override
            public void run() {
                try {
                    together.await(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    return;
                }
                String path = "/api/rooms/" + roomId + "/ballots";
                for (int attempt = 1; !stop.get() && ballotId == null; attempt++) {
                    String attemptName = "member-" + index + "-" + attempt;
                    Map<String, Integer> weights = randomWeights();
                    changeAttempts.incrementAndGet();
                    Reply reply =
                            send("submit", instance, post(instance, path, ballotJson(attemptName, weights), "POST"));
                    if (reply.sample().status() == 201) {
                        JsonNode json = reply.json();
                        ballotId = json.required("ballotId").asString();
                        ballotKey = json.required("ballotKey").asString();
                        name = attemptName;
                        acked = canonical(weights);
                        ackedChanges.incrementAndGet();
                    } else {
                        if (!reply.sample().definitelyRefused()) {
                            maybeSubmitted.add(new String[] {attemptName, canonical(weights)});
                        } else {
                            changeAttempts.decrementAndGet();
                        }
                        sleep(250);
                    }
                }
                while (!stop.get()) {
                    sleep(ThreadLocalRandom.current().nextInt(2 * think + 1));
                    if (stop.get()) {
                        break;
                    }
                    Map<String, Integer> weights = randomWeights();
                    changeAttempts.incrementAndGet();
                    Reply reply = send(
                            "revise",
                            instance,
                            post(instance, path + "/" + ballotId, ballotJson(name, weights), "PUT")
                                    .header("X-Ballot-Key", ballotKey));
                    if (reply.sample().ok()) {
                        acked = canonical(weights);
                        maybeAfterAck.clear();
                        ackedChanges.incrementAndGet();
                    } else {
                        if (!reply.sample().definitelyRefused()) {
                            maybeAfterAck.add(canonical(weights));
                        } else {
                            changeAttempts.decrementAndGet();
                        }
                        sleep(250);
                    }
                }
            }
        }

        /** A live viewer: one SSE stream on the room, reconnecting (with Last-Event-ID) if it ends. */
        final class Viewer implements Runnable {
            final String roomId;
            final int instance;
            CountDownLatch connected;
            volatile boolean closing;
            volatile InputStream stream;
            volatile long maxSeen = -1;
            final List<long[]> events = Collections.synchronizedList(new ArrayList<>());
            int streams;
            int streamEnds;
            int outOfOrder;
            final List<String> streamErrors = Collections.synchronizedList(new ArrayList<>());

            Viewer(String roomId, int instance) {
                this.roomId = roomId;
                this.instance = instance;
            }

            @Override
            public void run() {
                boolean counted = false;
                while (!closing) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(
                                    URI.create(urls.get(instance) + "/rooms/" + roomId + "/events"))
                            .timeout(requestTimeout)
                            .header("Accept", "text/event-stream")
                            .GET();
                    if (maxSeen >= 0) {
                        request.header("Last-Event-ID", Long.toString(maxSeen));
                    }
                    long start = now();
                    try {
                        HttpResponse<InputStream> response = streamClients
                                .get(instance)
                                .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                        samples.add(new Sample(
                                "viewer connect",
                                instance,
                                start,
                                now(),
                                response.statusCode(),
                                null,
                                response.headers().firstValue("Content-Type").orElse("")));
                        if (response.statusCode() != 200) {
                            response.body().close();
                            sleep(500);
                            continue;
                        }
                        stream = response.body();
                        streams++;
                        if (!counted) {
                            connected.countDown();
                            counted = true;
                        }
                        read(stream);
                        if (!closing) {
                            streamEnds++;
                        }
                    } catch (IOException e) {
                        if (!closing) {
                            if (stream == null) {
                                samples.add(new Sample("viewer connect", instance, start, now(), -1, failure(e), ""));
                            } else {
                                streamErrors.add(failure(e));
                            }
                            sleep(500);
                        }
                    } catch (InterruptedException e) {
                        return;
                    } finally {
                        stream = null;
                    }
                }
            }

            private void read(InputStream in) throws IOException {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String event = null;
                String data = null;
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isEmpty()) {
                        if ("room".equals(event) && data != null) {
                            long revision = Long.parseLong(data.trim());
                            if (revision < maxSeen) {
                                outOfOrder++;
                            }
                            events.add(new long[] {now(), revision});
                            maxSeen = Math.max(maxSeen, revision);
                        }
                        event = null;
                        data = null;
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data = line.substring(5);
                    }
                }
            }

            void close() {
                closing = true;
                InputStream in = stream;
                if (in != null) {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            }

            /** When this viewer first knew of a revision at least {@code revision}; -1 if never. */
            long firstSeen(long revision) {
                synchronized (events) {
                    for (long[] e : events) {
                        if (e[1] >= revision) {
                            return e[0];
                        }
                    }
                }
                return -1;
            }
        }

        // ---- report ----

        int report(Phase phase) throws IOException {
            List<Sample> all = new ArrayList<>(samples);
            List<String> failures = new ArrayList<>();
            boolean fault = faultAt != null;
            // The outage, as the members of each instance see it: from the database's shutdown until that instance
            // acknowledges a change again (its pool reconnects a few seconds after the database is back, not at once).
            long outageFrom = stopBegin;
            for (Sample s : all) {
                if (s.ok()
                        && startDone > 0
                        && s.start() >= startDone
                        && s.kind().matches("(submit|revise).*")) {
                    recoveredAt.merge(s.instance(), s.end(), Math::min);
                }
            }
            List<Sample> duringOutage = new ArrayList<>();
            List<Sample> rest = new ArrayList<>();
            for (Sample s : all) {
                if (fault
                        && outageFrom > 0
                        && s.start() < recoveredAt.getOrDefault(s.instance(), Long.MAX_VALUE)
                        && s.end() > outageFrom) {
                    duringOutage.add(s);
                } else {
                    rest.add(s);
                }
            }
            double seconds = ms(phase.loadEnd - phase.loadStart) / 1000;

            System.out.printf(
                    Locale.ROOT,
                    "load: %.1f s, %d member(s), %d viewer(s), %d instance(s), think time 0-%d ms "
                            + "(mean %d); probe change every %d ms%n",
                    seconds,
                    members,
                    viewers,
                    urls.size(),
                    2 * think,
                    think,
                    probeInterval);
            System.out.printf(
                    Locale.ROOT,
                    "requests: %d; acknowledged ballot changes: %d (%.0f/s)%n",
                    all.size(),
                    ackedChanges.get(),
                    ackedChanges.get() / seconds);
            System.out.println();
            System.out.printf(
                    "%-16s %9s %9s %9s %9s %9s %9s  %s%n",
                    "request", "count", "2xx", "other", "p50 ms", "p99 ms", "max ms", "not 2xx (outcome x count)");
            Map<String, List<Sample>> byKind = new TreeMap<>();
            for (Sample s : all) {
                byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
            }
            for (var entry : byKind.entrySet()) {
                List<Sample> list = entry.getValue();
                long[] okNanos = list.stream()
                        .filter(Sample::ok)
                        .mapToLong(Sample::nanos)
                        .sorted()
                        .toArray();
                Map<String, Integer> outcomes = new TreeMap<>();
                list.stream().filter(s -> !s.ok()).forEach(s -> outcomes.merge(s.outcome(), 1, Integer::sum));
                System.out.printf(
                        Locale.ROOT,
                        "%-16s %9d %9d %9d %9.1f %9.1f %9.1f  %s%n",
                        entry.getKey(),
                        list.size(),
                        okNanos.length,
                        list.size() - okNanos.length,
                        pct(okNanos, 0.50),
                        pct(okNanos, 0.99),
                        pct(okNanos, 1.0),
                        outcomes.isEmpty() ? "" : outcomes.toString());
            }
            System.out.println("(latencies of 2xx answers; 'other' = every request without a 2xx answer)");

            // Errors outside the outage fail the run.
            Map<String, Integer> errors = new TreeMap<>();
            rest.stream()
                    .filter(s -> !s.ok())
                    .forEach(s -> errors.merge(s.kind() + " " + s.outcome(), 1, Integer::sum));
            if (!errors.isEmpty()) {
                failures.add("requests without a 2xx answer" + (fault ? " outside the outage" : "") + ": " + errors);
            }

            // Live-update delay: the probe's acknowledged revisions, as its viewers heard of them.
            System.out.println();
            List<Probe> probeList = new ArrayList<>(probes);
            List<Long> same = new ArrayList<>();
            List<Long> other = new ArrayList<>();
            int early = 0;
            int missed = 0;
            for (Probe p : probeList) {
                for (Viewer v : phase.probeViewerList) {
                    long seen = v.firstSeen(p.revision());
                    if (seen < 0) {
                        missed++;
                        continue;
                    }
                    early += seen < p.acked() ? 1 : 0;
                    (v.instance == p.instance() ? same : other).add(Math.max(0, seen - p.acked()));
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "live-update delay: %d probe changes x %d probe viewers; from the 2xx answer to "
                            + "the change until the viewer's first 'room' event with that revision or a later one (%.0f %% "
                            + "arrived before the answer: counted as 0)%n",
                    probeList.size(),
                    phase.probeViewerList.size(),
                    100.0 * early / Math.max(1, same.size() + other.size()));
            System.out.printf("%-36s %9s %9s %9s %9s%n", "viewers", "samples", "p50 ms", "p99 ms", "max ms");
            printDelay(urls.size() > 1 ? "on the instance that took the change" : "all", same);
            if (urls.size() > 1) {
                printDelay("on the other instance", other);
            }
            if (missed > 0) {
                System.out.printf("  never heard of by the end: %d (probe change x viewer)%n", missed);
                failures.add(missed + " times a probe viewer never heard of a probe change");
            }
            List<Viewer> everyViewer = phase.allViewers();
            int streams = everyViewer.stream().mapToInt(v -> v.streams).sum();
            int ends = everyViewer.stream().mapToInt(v -> v.streamEnds).sum();
            List<String> streamErrors = new ArrayList<>();
            everyViewer.forEach(v -> streamErrors.addAll(v.streamErrors));
            int outOfOrder = everyViewer.stream().mapToInt(v -> v.outOfOrder).sum();
            long events =
                    phase.viewerList.stream().mapToLong(v -> v.events.size()).sum();
            System.out.printf(
                    Locale.ROOT,
                    "viewers: %d streams opened for %d viewers (%d on the load room, %d on the probe "
                            + "room); %d ended by the server, %d broke (%s); %d events with a lower revision than one the "
                            + "viewer already had; load-room viewers received %.0f 'room' events each per s%n",
                    streams,
                    everyViewer.size(),
                    phase.viewerList.size(),
                    phase.probeViewerList.size(),
                    ends,
                    streamErrors.size(),
                    summarize(streamErrors),
                    outOfOrder,
                    (double) events / Math.max(1, phase.viewerList.size()) / seconds);
            if (phase.finalRevision < 0) {
                failures.add("could not read the room's final revision");
            } else if (phase.caughtUp == phase.viewerList.size()) {
                System.out.printf(
                        Locale.ROOT,
                        "after the load: every viewer heard of the final revision %d within %.0f ms%n",
                        phase.finalRevision,
                        ms(phase.caughtUpNanos));
            } else {
                System.out.printf(
                        "after the load: only %d of %d viewers heard of the final revision %d within %d s%n",
                        phase.caughtUp, phase.viewerList.size(), phase.finalRevision, catchUp);
                failures.add((phase.viewerList.size() - phase.caughtUp) + " viewers never heard of the final revision");
            }
            if (!fault && streamErrors.size() + ends > 0) {
                failures.add("live streams ended or broke during the load");
            }

            if (fault) {
                System.out.println();
                reportOutage(phase, duringOutage, failures);
            }

            if (ledger != null) {
                writeLedger(phase);
            }
            System.out.println();
            if (failures.isEmpty()) {
                System.out.println("LOAD RESULT: ok");
                return 0;
            }
            failures.forEach(f -> System.out.println("LOAD FAILURE: " + f));
            return 1;
        }

        void reportOutage(Phase phase, List<Sample> during, List<String> failures) {
            if (faultProblem != null) {
                failures.add(faultProblem);
            }
            if (stopBegin == 0) {
                failures.add("the fault did not happen");
                return;
            }
            System.out.printf(
                    Locale.ROOT,
                    "fault: PostgreSQL fast shutdown at %.1f s (took %.1f s), started again at %.1f s "
                            + "(ready after %.1f s): %.1f s without a database%n",
                    ms(stopBegin - phase.loadStart) / 1000,
                    ms(stopDone - stopBegin) / 1000,
                    ms(startBegin - phase.loadStart) / 1000,
                    ms(startDone - startBegin) / 1000,
                    ms(startDone - stopBegin) / 1000);
            long limit = (long) (hangLimit * 1e9);
            Map<String, Integer> outcomes = new TreeMap<>();
            int clean = 0;
            int served = 0;
            int problem503 = 0;
            List<String> bad = new ArrayList<>();
            Map<String, Integer> badKinds = new TreeMap<>();
            for (Sample s : during) {
                String outcome = s.outcome()
                        + (s.status() > 0 && !s.ok() ? " " + s.contentType().split(";")[0] : "");
                outcomes.merge(outcome, 1, Integer::sum);
                // A refusal must come quickly; a request that is served may wait, but not through the outage itself.
                boolean fast = s.ok() ? waitedWhileDown(s) <= limit : waitedInOutage(s) <= limit;
                boolean is503 = s.status() == 503 && s.contentType().startsWith("application/problem+json");
                if (s.ok()) {
                    served++;
                }
                if (is503) {
                    problem503++;
                }
                if ((s.ok() || is503) && fast) {
                    clean++;
                } else {
                    badKinds.merge(
                            s.kind() + ": " + outcome
                                    + (fast
                                            ? ""
                                            : s.ok()
                                                    ? " after waiting more than " + hangLimit
                                                            + " s while PostgreSQL was down"
                                                    : " after more than " + hangLimit + " s"),
                            1,
                            Integer::sum);
                }
            }
            long[] nanos =
                    during.stream().mapToLong(this::waitedInOutage).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "requests in flight from the shutdown until their instance acknowledged a "
                            + "change again: %d; answered 2xx %d, 503 problem+json %d; time from the shutdown (or from "
                            + "sending, if later) to the answer: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    during.size(),
                    served,
                    problem503,
                    pct(nanos, 0.5),
                    pct(nanos, 0.99),
                    pct(nanos, 1.0));
            System.out.println("  outcomes: " + outcomes);
            List<Sample> slowest = new ArrayList<>(during);
            slowest.sort((a, b) -> Long.compare(waitedInOutage(b), waitedInOutage(a)));
            StringBuilder slow = new StringBuilder();
            for (Sample s : slowest.subList(0, Math.min(5, slowest.size()))) {
                slow.append(String.format(
                        Locale.ROOT,
                        "%s%s %s at %+.1f s (sent at %+.1f s)",
                        slow.length() == 0 ? "" : "; ",
                        s.kind(),
                        s.outcome(),
                        ms(s.end() - stopBegin) / 1000,
                        ms(s.start() - stopBegin) / 1000));
            }
            System.out.println("  answered last (times relative to the shutdown): " + slow);
            String rule = "a 503 problem within " + hangLimit + " s, or a 2xx without waiting more than " + hangLimit
                    + " s while PostgreSQL was down";
            if (!badKinds.isEmpty()) {
                System.out.println("  neither " + rule + ": " + badKinds);
                failures.add((during.size() - clean) + " requests during the outage got neither " + rule);
            } else {
                System.out.println("  every one got " + rule);
            }
            // After the database is back: how soon did each instance acknowledge changes again?
            for (int i = 0; i < urls.size(); i++) {
                Long at = recoveredAt.get(i);
                if (at == null) {
                    failures.add("instance " + (i + 1) + " acknowledged no change after PostgreSQL was back");
                    continue;
                }
                double lag = ms(at - startDone) / 1000;
                System.out.printf(
                        Locale.ROOT,
                        "  %s acknowledged changes again %.1f s after PostgreSQL was ready (the "
                                + "first change sent after that)%n",
                        urls.size() > 1 ? "instance " + (i + 1) : "the application",
                        lag);
                if (lag > recoveryLimit) {
                    failures.add(String.format(
                            Locale.ROOT,
                            "instance %d took %.1f s to recover (limit %.0f s)",
                            i + 1,
                            lag,
                            recoveryLimit));
                }
            }
        }

        /** How long a request waited for its answer once the database was down: from the shutdown or its sending. */
        long waitedInOutage(Sample s) {
            return s.end() - Math.max(s.start(), stopBegin);
        }

        /** How much of a request's wait fell while PostgreSQL was down (between the shutdown and its being ready). */
        long waitedWhileDown(Sample s) {
            return Math.max(0, Math.min(s.end(), startDone) - Math.max(s.start(), stopBegin));
        }

        void printDelay(String label, List<Long> delays) {
            long[] a = delays.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "%-36s %9d %9.1f %9.1f %9.1f%n",
                    label,
                    a.length,
                    pct(a, 0.5),
                    pct(a, 0.99),
                    pct(a, 1.0));
        }

        void writeLedger(Phase phase) throws IOException {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(ledger, StandardCharsets.UTF_8))) {
                out.println("room\t" + phase.roomId);
                out.println("acknowledged-changes\t" + ackedChanges.get());
                out.println("possible-changes\t" + changeAttempts.get());
                for (Member m : phase.memberList) {
                    if (m.ballotId != null) {
                        out.println("ballot\t" + m.ballotId + "\t" + m.name + "\t" + m.acked + "\t"
                                + String.join("|", m.maybeAfterAck));
                    }
                    for (String[] s : m.maybeSubmitted) {
                        out.println("unacknowledged-submit\t" + s[0] + "\t" + s[1]);
                    }
                }
            }
        }
    }

    static double pct(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return ms(sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))]);
    }

    static String summarize(List<String> items) {
        Map<String, Integer> counts = new TreeMap<>();
        items.forEach(i -> counts.merge(i, 1, Integer::sum));
        return counts.isEmpty() ? "none" : counts.toString();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The database check

    static final class Check {
        static int run(Map<String, String> o) throws Exception {
            List<String> lines = Files.readAllLines(Path.of(required(o, "ledger")), StandardCharsets.UTF_8);
            String room = null;
            long acknowledged = 0;
            long possible = 0;
            Map<String, String[]> ballots = new LinkedHashMap<>();
            Map<String, String> unacknowledgedSubmits = new HashMap<>();
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "room" -> room = f[1];
                    case "acknowledged-changes" -> acknowledged = Long.parseLong(f[1]);
                    case "possible-changes" -> possible = Long.parseLong(f[1]);
                    case "ballot" -> ballots.put(f[1], f);
                    case "unacknowledged-submit" -> unacknowledgedSubmits.put(f[1], f[2]);
                    default -> throw new IllegalStateException("bad ledger line: " + line);
                }
            }
            Map<String, String[]> rows = new HashMap<>();
            long revision;
            try (Connection c = DriverManager.getConnection(
                    required(o, "jdbc"), o.getOrDefault("user", ""), o.getOrDefault("password", ""))) {
                try (PreparedStatement s =
                        c.prepareStatement("SELECT id, name, weights FROM ballot WHERE room_id = ?")) {
                    s.setString(1, room);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("SELECT revision FROM room WHERE id = ?")) {
                    s.setString(1, room);
                    try (ResultSet r = s.executeQuery()) {
                        revision = r.next() ? r.getLong(1) : -1;
                    }
                }
            }

            List<String> problems = new ArrayList<>();
            int exact = 0;
            int laterAttempt = 0;
            for (String[] b : ballots.values()) {
                String[] row = rows.get(b[1]);
                if (row == null) {
                    problems.add("acknowledged ballot " + b[1] + " (" + b[2] + ") is missing");
                    continue;
                }
                String stored = canonicalStored(row[1]);
                Set<String> later = new HashSet<>(b[4].isEmpty() ? List.of() : Arrays.asList(b[4].split("\\|")));
                if (stored.equals(b[3])) {
                    exact++;
                } else if (later.contains(stored)) {
                    laterAttempt++;
                } else {
                    problems.add("ballot " + b[1] + " (" + b[2] + ") holds " + stored + " but the last acknowledged "
                            + "weights are " + b[3] + (later.isEmpty() ? "" : " (or one of " + later + ")"));
                }
                if (!row[0].equals(b[2])) {
                    problems.add("ballot " + b[1] + " is named " + row[0] + ", not " + b[2]);
                }
            }
            int orphans = 0;
            for (var row : rows.entrySet()) {
                if (ballots.containsKey(row.getKey())) {
                    continue;
                }
                String weights = unacknowledgedSubmits.get(row.getValue()[0]);
                if (weights != null && weights.equals(canonicalStored(row.getValue()[1]))) {
                    orphans++;
                } else {
                    problems.add("ballot " + row.getKey() + " (" + row.getValue()[0] + ") was never acknowledged");
                }
            }
            boolean strict = possible == acknowledged;
            if (revision < 0) {
                problems.add("room " + room + " is missing");
            } else if (revision < acknowledged || revision > possible) {
                problems.add(
                        "the room's revision is " + revision + ", but " + acknowledged + " changes were acknowledged"
                                + (strict ? "" : " and at most " + possible + " may have been made"));
            }

            System.out.printf(
                    "database check: room %s, %d ballots acknowledged, %d rows in the ballot table%n",
                    room, ballots.size(), rows.size());
            System.out.printf(
                    "  last acknowledged weights: %d; a later unacknowledged attempt's weights: %d; rows from "
                            + "unacknowledged submissions: %d%n",
                    exact, laterAttempt, orphans);
            System.out.printf(
                    "  room revision %d; acknowledged changes %d%s%n",
                    revision,
                    acknowledged,
                    strict ? " (must be equal: every change was answered)" : "; changes possibly made " + possible);
            if (problems.isEmpty()) {
                System.out.println("CHECK RESULT: ok, the database holds exactly the acknowledged ballots");
                return 0;
            }
            problems.stream().limit(20).forEach(p -> System.out.println("CHECK FAILURE: " + p));
            if (problems.size() > 20) {
                System.out.println("CHECK FAILURE: ... and " + (problems.size() - 20) + " more");
            }
            return 1;
        }

        static String canonicalStored(String stored) {
            Map<String, Integer> weights = new TreeMap<>();
            if (!stored.isEmpty()) {
                for (String pair : stored.split("&")) {
                    String[] kv = pair.split("=", 2);
                    weights.put(kv[0], Integer.parseInt(kv[1]));
                }
            }
            return Load.canonical(weights);
        }
    }
}
