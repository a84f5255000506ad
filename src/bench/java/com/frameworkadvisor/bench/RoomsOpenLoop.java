package com.frameworkadvisor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load modes of bench/rooms-load that measure what a team sees, beside {@link RoomsLoad}'s closed loop (compiled
 * with the tests, run by no test; talks to 127.0.0.1 only, bounded in count and time).
 *
 * <pre>
 * java RoomsOpenLoop open     --url URL[,URL] [--members 200] [--revisions 2] [--duration 60] [--viewers 50]
 *                             [--seed 19] [--ledger FILE]
 * java RoomsOpenLoop retries  --url URL [--members 50] [--ledger FILE]
 * java RoomsOpenLoop revealed --url URL [--members 200] [--requests 30]
 * </pre>
 *
 * <ul>
 *   <li>{@code open}: an open loop. Each member submits once at a random moment within the duration and then revises
 *       twice at random later moments (600 changes in 60 s: 10 a second), whether or not the application keeps up;
 *       a revision waits only for its own member's previous answer, since it needs the ballot key. Latency counts
 *       from the moment a request was due. Viewers hold the room's live stream and, as {@code rooms.js} does, fetch
 *       the room page after every event, one fetch at a time with one more if events came meanwhile. The live-update
 *       delay of an acknowledged change, for each viewer, is the time from its 2xx answer until that viewer has a
 *       page whose fetch began after the answer (so it certainly shows the change).
 *   <li>{@code retries}: each member submits with an {@code Idempotency-Key} and sends the same request again once
 *       answered, as a client whose answer was lost would: the room must hold exactly one ballot per member.
 *   <li>{@code revealed}: a revealed room with 200 ballots; the time to render its page and to compute its group
 *       result with the pivotal analysis ({@code GET /api/rooms/{id}} with the facilitator key).
 * </ul>
 *
 * {@code open} and {@code retries} write the ledger {@code RoomsLoad check} reads.
 */
public class RoomsOpenLoop {

    static final Pattern PAGE_REVISION = Pattern.compile("/events\\?since=(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].substring(2), args[i + 1]);
        }
        RoomsOpenLoop driver = new RoomsOpenLoop(o);
        int status = switch (args.length == 0 ? "" : args[0]) {
            case "open" -> driver.open();
            case "retries" -> driver.retries();
            case "revealed" -> driver.revealed();
            default -> {
                System.err.println("usage: RoomsOpenLoop open|retries|revealed --url URL ...");
                yield 2;
            }
        };
        System.out.flush();
        System.exit(status);
    }

    final Map<String, String> options;
    final List<String> urls;
    final HttpClient http;
    final HttpClient streams;
    final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, RoomsLoad.daemon("timer"));
    List<String> criteria;

    RoomsOpenLoop(Map<String, String> options) {
        this.options = options;
        this.urls = List.of(RoomsLoad.required(options, "url").split(","));
        // Cookies are kept, as a browser keeps them: the room pages set the CSRF cookie once, and a page that sets a
        // cookie is never shared between viewers, so a client without cookies would measure something no browser does.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(64, RoomsLoad.daemon("http")))
                .build();
        this.streams = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8, RoomsLoad.daemon("stream")))
                .build();
    }

    int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    static long now() {
        return System.nanoTime();
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    record Answer(int status, String body, long start, long end) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }
    }

    HttpRequest.Builder request(int instance, String path) {
        return HttpRequest.newBuilder(URI.create(urls.get(instance) + path)).timeout(Duration.ofSeconds(60));
    }

    HttpRequest json(int instance, String method, String path, String body, String... headers) {
        HttpRequest.Builder b = request(instance, path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    CompletableFuture<Answer> sendAsync(HttpRequest request) {
        long start = now();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> response == null
                        ? new Answer(-1, String.valueOf(failure), start, now())
                        : new Answer(response.statusCode(), response.body(), start, now()));
    }

    Answer send(HttpRequest request) {
        return sendAsync(request).join();
    }

    List<String> criteria() {
        Answer kb = send(json(0, "GET", "/api/knowledge-base", null));
        if (kb.status() != 200) {
            throw new IllegalStateException("GET /api/knowledge-base answered " + kb.status());
        }
        List<String> ids = new ArrayList<>();
        kb.json().required("criteria").forEach(c -> ids.add(c.required("id").asString()));
        return ids;
    }

    String[] createRoom(String title) {
        Answer created = send(json(0, "POST", "/api/rooms", "{\"title\": \"" + title + "\"}"));
        if (created.status() != 201) {
            throw new IllegalStateException("POST /api/rooms answered " + created.status() + ": " + created.body());
        }
        return new String[] {
            created.json().required("id").asString(),
            created.json().required("facilitatorKey").asString()
        };
    }

    Map<String, Integer> weights(Random random) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String id : criteria) {
            weights.put(id, random.nextInt(6));
        }
        if (weights.values().stream().allMatch(w -> w == 0)) {
            weights.put(criteria.get(0), 3);
        }
        return weights;
    }

    static double pct(List<Long> nanos, double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return RoomsLoad.pct(sorted, p);
    }

    static String figures(List<Long> nanos) {
        return String.format(
                Locale.ROOT,
                "%6d   p50 %8.1f ms   p99 %8.1f ms   max %8.1f ms",
                nanos.size(),
                pct(nanos, 0.5),
                pct(nanos, 0.99),
                pct(nanos, 1.0));
    }

    // ---- open loop -----------------------------------------------------------------------------------------------

    /** One member's ballot: when each change is due, and what was acknowledged. */
    final class Member {
        final int index;
        final int instance;
        final long[] due;
        final Random random;
        String name;
        String ballotId;
        String ballotKey;
        String acked;
        final List<String> maybeAfterAck = new ArrayList<>();
        final List<String[]> maybeSubmitted = new ArrayList<>();
        int attempt;

        Member(int index, long[] due, long seed) {
            this.index = index;
            this.instance = index % urls.size();
            this.due = due;
            this.random = new Random(seed);
        }
    }

    record Change(String kind, int member, long due, long acked, int status) {}

    final ConcurrentLinkedQueue<Change> changes = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    final AtomicInteger possible = new AtomicInteger();
    final AtomicInteger acknowledged = new AtomicInteger();

    int open() throws Exception {
        criteria = criteria();
        int members = option("members", 200);
        int revisions = option("revisions", 2);
        int seconds = option("duration", 60);
        int viewerCount = option("viewers", 50);
        Random random = new Random(option("seed", 19));
        warmUp(random);
        String[] room = createRoom("Open-loop room");
        String roomId = room[0];

        List<PageViewer> viewers = new ArrayList<>();
        CountDownLatch connected = new CountDownLatch(viewerCount);
        for (int i = 0; i < viewerCount; i++) {
            PageViewer viewer = new PageViewer(roomId, i % urls.size(), connected);
            viewers.add(viewer);
            RoomsLoad.daemon("viewer").newThread(viewer).start();
        }
        if (!connected.await(60, TimeUnit.SECONDS)) {
            System.err.println("not every viewer connected within 60 s; going on");
        }

        long start = now() + TimeUnit.MILLISECONDS.toNanos(500);
        long span = TimeUnit.SECONDS.toNanos(seconds);
        List<Member> memberList = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(members);
        for (int i = 0; i < members; i++) {
            long[] due = new long[revisions + 1];
            for (int k = 0; k < due.length; k++) {
                due[k] = start + (long) (random.nextDouble() * span);
            }
            Arrays.sort(due);
            Member member = new Member(i, due, random.nextLong());
            memberList.add(member);
            schedule(roomId, member, 0, due[0], done);
        }
        System.err.printf(
                "open loop: room %s, %d members x %d changes over %d s (%.1f/s), %d viewers fetching the page%n",
                roomId, members, revisions + 1, seconds, members * (revisions + 1) / (double) seconds, viewerCount);
        boolean finished = done.await(seconds + 120L, TimeUnit.SECONDS);
        long loadEnd = now();
        if (!finished) {
            errors.add("not every member finished within " + (seconds + 120) + " s");
        }
        // Let every viewer fetch a page begun after the last answer, as it would after the last event.
        long lastAck = changes.stream().mapToLong(Change::acked).max().orElse(loadEnd);
        long until = now() + TimeUnit.SECONDS.toNanos(10);
        while (now() < until && viewers.stream().anyMatch(v -> !v.hasPageFetchedAfter(lastAck))) {
            Thread.sleep(50);
        }
        viewers.forEach(PageViewer::close);

        report(memberList, viewers, (loadEnd - start) / 1e9);
        writeLedger(roomId, memberList);
        return errors.isEmpty() ? 0 : 1;
    }

    /** A separate room first, so both builds are measured with a warmed-up JIT: 100 ballots and page fetches. */
    void warmUp(Random random) {
        String[] room = createRoom("Warm-up room");
        List<CompletableFuture<Answer>> sent = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int instance = i % urls.size();
            sent.add(sendAsync(json(
                            instance,
                            "POST",
                            "/api/rooms/" + room[0] + "/ballots",
                            RoomsLoad.Load.ballotJson("warm-" + i, weights(random))))
                    .thenCompose(a -> sendAsync(request(instance, "/rooms/" + room[0])
                            .header("Accept", "text/html")
                            .GET()
                            .build())));
            if (sent.size() % 10 == 0) {
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    void schedule(String roomId, Member member, int step, long due, CountDownLatch done) {
        long delay = Math.max(0, due - now());
        timer.schedule(() -> change(roomId, member, step, due, done), delay, TimeUnit.NANOSECONDS);
    }

    void change(String roomId, Member member, int step, long due, CountDownLatch done) {
        String path = "/api/rooms/" + roomId + "/ballots";
        Map<String, Integer> weights = weights(member.random);
        String canonical = RoomsLoad.Load.canonical(weights);
        possible.incrementAndGet();
        HttpRequest request;
        if (step == 0) {
            member.name = "member-" + member.index + "-" + (++member.attempt);
            request = json(member.instance, "POST", path, RoomsLoad.Load.ballotJson(member.name, weights));
        } else {
            request = json(
                    member.instance,
                    "PUT",
                    path + "/" + member.ballotId,
                    RoomsLoad.Load.ballotJson(member.name, weights),
                    "X-Ballot-Key",
                    member.ballotKey);
        }
        sendAsync(request).thenAccept(answer -> {
            changes.add(new Change(step == 0 ? "submit" : "revise", member.index, due, answer.end(), answer.status()));
            if (answer.ok()) {
                acknowledged.incrementAndGet();
                if (step == 0) {
                    JsonNode json = answer.json();
                    member.ballotId = json.required("ballotId").asString();
                    member.ballotKey = json.required("ballotKey").asString();
                } else {
                    member.maybeAfterAck.clear();
                }
                member.acked = canonical;
                if (step + 1 < member.due.length) {
                    // A revision needs the ballot's key: it is due at its time, or when this answer came if later.
                    long next = Math.max(member.due[step + 1], answer.end());
                    schedule(roomId, member, step + 1, next, done);
                } else {
                    done.countDown();
                }
                return;
            }
            errors.add((step == 0 ? "submit " : "revise ") + answer.status());
            if (answer.status() >= 400 && answer.status() < 500) {
                possible.decrementAndGet();
            } else if (step == 0) {
                member.maybeSubmitted.add(new String[] {member.name, canonical});
            } else {
                member.maybeAfterAck.add(canonical);
            }
            schedule(roomId, member, step, now() + TimeUnit.MILLISECONDS.toNanos(250), done);
        });
    }

    /** A browser on the room page: the live stream, and a fetch of the page after each event, as rooms.js does. */
    final class PageViewer implements Runnable {
        final String roomId;
        final int instance;
        final CountDownLatch connected;
        final List<long[]> events = Collections.synchronizedList(new ArrayList<>());
        /** Fetches of the page: start, end, status, the revision the page shows. */
        final List<long[]> pages = Collections.synchronizedList(new ArrayList<>());

        volatile boolean closing;
        volatile InputStream stream;
        boolean loading;
        boolean again;
        int backwards;
        long shown = -1;

        PageViewer(String roomId, int instance, CountDownLatch connected) {
            this.roomId = roomId;
            this.instance = instance;
            this.connected = connected;
        }

        @Override
        public void run() {
            boolean counted = false;
            long lastId = -1;
            while (!closing) {
                HttpRequest.Builder request = request(instance, "/rooms/" + roomId + "/events")
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "text/event-stream");
                if (lastId >= 0) {
                    request.header("Last-Event-ID", Long.toString(lastId));
                }
                try {
                    HttpResponse<InputStream> response =
                            streams.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                    if (!counted) {
                        connected.countDown();
                        counted = true;
                    }
                    if (response.statusCode() != 200) {
                        response.body().close();
                        Thread.sleep(500);
                        continue;
                    }
                    stream = response.body();
                    BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
                    String event = null;
                    String data = null;
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (line.isEmpty()) {
                            if ("room".equals(event) && data != null) {
                                long revision = Long.parseLong(data.trim());
                                lastId = Math.max(lastId, revision);
                                events.add(new long[] {now(), revision});
                                refresh();
                            }
                            event = null;
                            data = null;
                        } else if (line.startsWith("event:")) {
                            event = line.substring(6).trim();
                        } else if (line.startsWith("data:")) {
                            data = line.substring(5);
                        }
                    }
                } catch (IOException e) {
                    if (!closing) {
                        errors.add("viewer stream: " + e.getClass().getSimpleName());
                        sleepQuietly(500);
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        synchronized void refresh() {
            if (loading) {
                again = true;
                return;
            }
            loading = true;
            long start = now();
            HttpRequest page = request(instance, "/rooms/" + roomId)
                    .header("Accept", "text/html")
                    .GET()
                    .build();
            http.sendAsync(page, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long end = now();
                int status = response == null ? -1 : response.statusCode();
                long revision = -1;
                if (response != null) {
                    Matcher m = PAGE_REVISION.matcher(response.body());
                    revision = m.find() ? Long.parseLong(m.group(1)) : -1;
                }
                if (status != 200) {
                    errors.add("room page " + status);
                }
                synchronized (this) {
                    if (revision >= 0 && revision < shown) {
                        backwards++;
                    }
                    shown = Math.max(shown, revision);
                    pages.add(new long[] {start, end, status, revision});
                    loading = false;
                    if (again) {
                        again = false;
                        refresh();
                    }
                }
            });
        }

        boolean hasPageFetchedAfter(long time) {
            synchronized (pages) {
                return pages.stream().anyMatch(p -> p[0] >= time && p[2] == 200);
            }
        }

        /** When this viewer first had a page fetched entirely after {@code time}; -1 if never. */
        long pageAfter(long time) {
            synchronized (pages) {
                return pages.stream()
                        .filter(p -> p[0] >= time && p[2] == 200)
                        .mapToLong(p -> p[1])
                        .min()
                        .orElse(-1);
            }
        }

        long eventAfter(long time) {
            synchronized (events) {
                return events.stream()
                        .mapToLong(e -> e[0])
                        .filter(t -> t >= time)
                        .min()
                        .orElse(-1);
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
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void report(List<Member> members, List<PageViewer> viewers, double seconds) {
        List<Long> submit = new ArrayList<>();
        List<Long> revise = new ArrayList<>();
        List<Long> acks = new ArrayList<>();
        for (Change c : changes) {
            if (c.status() >= 200 && c.status() < 300) {
                (c.kind().equals("submit") ? submit : revise).add(c.acked() - c.due());
                acks.add(c.acked());
            }
        }
        List<Long> ballots = new ArrayList<>(submit);
        ballots.addAll(revise);
        List<Long> page = new ArrayList<>();
        List<Long> event = new ArrayList<>();
        List<Long> fetch = new ArrayList<>();
        int missing = 0;
        int backwards = 0;
        int fetches = 0;
        for (PageViewer viewer : viewers) {
            backwards += viewer.backwards;
            synchronized (viewer.pages) {
                fetches += viewer.pages.size();
                viewer.pages.forEach(p -> fetch.add(p[1] - p[0]));
            }
            for (long ack : acks) {
                long had = viewer.pageAfter(ack);
                if (had < 0) {
                    missing++;
                } else {
                    page.add(had - ack);
                }
                long heard = viewer.eventAfter(ack);
                if (heard >= 0) {
                    event.add(heard - ack);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "open loop: %d members, %d changes due over %.1f s, %d acknowledged (%.1f/s), %d viewers%n",
                members.size(),
                changes.size(),
                seconds,
                acks.size(),
                acks.size() / seconds,
                viewers.size());
        System.out.println("latency from the moment a request was due to its 2xx answer:");
        System.out.println("  submit        " + figures(submit));
        System.out.println("  revise        " + figures(revise));
        System.out.println("  ballot (all)  " + figures(ballots));
        System.out.println("live update, from a change's 2xx answer, per viewer and change:");
        System.out.println("  event heard   " + figures(event));
        System.out.println("  page in hand  " + figures(page) + "   (never: " + missing + ")");
        System.out.printf(
                Locale.ROOT,
                "room page fetches: %d (%.1f/s)   fetch %s%n",
                fetches,
                fetches / seconds,
                figures(fetch).trim());
        System.out.println("pages showing a lower revision than the viewer's previous one: " + backwards);
        Map<String, Integer> counted = new java.util.TreeMap<>();
        errors.forEach(e -> counted.merge(e, 1, Integer::sum));
        System.out.println("errors: " + (counted.isEmpty() ? "none" : counted));
    }

    void writeLedger(String roomId, List<Member> members) throws IOException {
        String ledger = options.get("ledger");
        if (ledger == null) {
            return;
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(ledger), StandardCharsets.UTF_8))) {
            out.println("room\t" + roomId);
            out.println("acknowledged-changes\t" + acknowledged.get());
            out.println("possible-changes\t" + possible.get());
            for (Member m : members) {
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

    // ---- retries -------------------------------------------------------------------------------------------------

    int retries() throws Exception {
        criteria = criteria();
        int members = option("members", 50);
        String[] room = createRoom("Retries room");
        String path = "/api/rooms/" + room[0] + "/ballots";
        Random random = new Random(option("seed", 19));
        List<CompletableFuture<String[]>> sent = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String name = "member-" + i;
            Map<String, Integer> weights = weights(random);
            String body = RoomsLoad.Load.ballotJson(name, weights);
            String key = UUID.randomUUID().toString();
            int instance = i % urls.size();
            sent.add(sendAsync(json(instance, "POST", path, body, "Idempotency-Key", key))
                    .thenCompose(first -> sendAsync(json(instance, "POST", path, body, "Idempotency-Key", key))
                            .thenApply(retry -> new String[] {
                                name,
                                RoomsLoad.Load.canonical(weights),
                                first.status() + "",
                                first.ok() ? first.json().required("ballotId").asString() : "",
                                retry.status() + "",
                                retry.ok() ? retry.json().required("ballotId").asString() : ""
                            })));
        }
        List<String[]> results = new ArrayList<>();
        for (CompletableFuture<String[]> f : sent) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        int sameId = 0;
        Set<String> ids = new HashSet<>();
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (String[] r : results) {
            statuses.merge(r[2] + " then " + r[4], 1, Integer::sum);
            ids.add(r[3]);
            ids.add(r[5]);
            if (!r[3].isEmpty() && r[3].equals(r[5])) {
                sameId++;
            }
        }
        ids.remove("");
        Answer view = send(json(0, "GET", "/api/rooms/" + room[0], null, "X-Facilitator-Key", room[1]));
        int stored = view.ok() ? view.json().required("ballots").size() : -1;
        System.out.printf(
                "retries: %d members, each submitting once and retrying with the same Idempotency-Key%n", members);
        System.out.println("  answers (first then retry): " + statuses);
        System.out.println("  retries answered with the first ballot's id: " + sameId + " of " + members);
        System.out.println("  distinct ballot ids handed out: " + ids.size());
        System.out.println("  ballots in the room: " + stored + " (must be " + members + ")");
        String ledger = options.get("ledger");
        if (ledger != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(ledger), StandardCharsets.UTF_8))) {
                out.println("room\t" + room[0]);
                out.println("acknowledged-changes\t" + members);
                out.println("possible-changes\t" + (2 * members));
                for (String[] r : results) {
                    if (!r[3].isEmpty()) {
                        out.println("ballot\t" + r[3] + "\t" + r[0] + "\t" + r[1] + "\t");
                    }
                }
            }
        }
        return stored == members && sameId == members ? 0 : 1;
    }

    // ---- a revealed room with 200 ballots --------------------------------------------------------------------------

    int revealed() throws Exception {
        criteria = criteria();
        int members = option("members", 200);
        int requests = option("requests", 30);
        String[] room = createRoom("Revealed room");
        Random random = new Random(option("seed", 19));
        List<CompletableFuture<Answer>> sent = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            sent.add(sendAsync(json(
                    0,
                    "POST",
                    "/api/rooms/" + room[0] + "/ballots",
                    RoomsLoad.Load.ballotJson("member-" + i, weights(random)))));
            if (sent.size() % 20 == 0) {
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            }
        }
        long accepted =
                sent.stream().map(CompletableFuture::join).filter(Answer::ok).count();
        Answer reveal = send(json(0, "POST", "/api/rooms/" + room[0] + "/reveal", null, "X-Facilitator-Key", room[1]));
        if (accepted != members || !reveal.ok()) {
            System.out.println("revealed room: only " + accepted + " ballots accepted, reveal " + reveal.status());
            return 1;
        }
        HttpRequest page = request(0, "/rooms/" + room[0])
                .header("Accept", "text/html")
                .GET()
                .build();
        HttpRequest api = json(0, "GET", "/api/rooms/" + room[0], null, "X-Facilitator-Key", room[1]);
        for (int i = 0; i < 5; i++) { // warm-up
            send(page);
            send(api);
        }
        List<Long> pageTimes = new ArrayList<>();
        List<Long> apiTimes = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < requests; i++) {
            Answer p = send(page);
            Answer a = send(api);
            if (p.status() != 200 || a.status() != 200) {
                System.out.println("revealed room: page " + p.status() + ", API " + a.status());
                return 1;
            }
            size = p.body().length();
            pageTimes.add(p.end() - p.start());
            apiTimes.add(a.end() - a.start());
        }
        System.out.printf(
                "revealed room with %d ballots, %d sequential requests each (after 5 to warm up):%n",
                members, requests);
        System.out.println("  room page (HTML, " + size / 1024 + " KiB)     " + figures(pageTimes));
        System.out.println("  group result with pivotal analysis (API) " + figures(apiTimes));
        return 0;
    }
}
