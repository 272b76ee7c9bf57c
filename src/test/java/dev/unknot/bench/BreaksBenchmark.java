package dev.unknot.bench;

import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.web.AccessLog;
import dev.unknot.web.WebServer;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the breaks page costs the server: {@code people} signed-in people, each with an HTTP client
 * of their own (cookies, anti-forgery header), ask {@code POST /api/breaks/check} as fast as they
 * can on {@code threads} threads for {@code seconds}, against a real server built through {@code
 * App} (H2 in memory) on loopback. Every check goes through the person's one schedule in {@code
 * RunningBreaks} and reads today's summary from the database. Prints requests per second and the
 * p50/p99 latency; a page asks once every 20 seconds, so requests per second times 20 is how many
 * open pages the server keeps up with. {@code java ... BreaksBenchmark [people] [threads]
 * [seconds]}.
 */
public final class BreaksBenchmark {
    private BreaksBenchmark() {}

    private record Person(HttpClient client, String csrf) {}

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        try (App app = TestApps.inMemory("breaks-bench", TestApps.ROOMY, Clock.systemUTC())) {
            WebServer server =
                    WebServer.create(app.web(Optional.empty(), AccessLog.NONE))
                            .start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + server.port();
                List<Person> signedIn = new ArrayList<>();
                for (int i = 0; i < people; i++) {
                    signedIn.add(signUp(base, "sitter" + i));
                }
                run(base, signedIn, threads, Math.max(1, seconds / 4), false);
                run(base, signedIn, threads, seconds, true);
            } finally {
                server.stopNow();
            }
        }
    }

    private static Person signUp(String base, String username) throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> created =
                client.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/account"))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"username\":\""
                                                        + username
                                                        + "\",\"password\":\"correct horse battery\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("sign-up failed: " + created.body());
        }
        String csrf =
                cookies.getCookieStore().getCookies().stream()
                        .filter(cookie -> cookie.getName().equals("unknot_csrf"))
                        .map(HttpCookie::getValue)
                        .findFirst()
                        .orElseThrow();
        return new Person(client, csrf);
    }

    private static void run(
            String base, List<Person> people, int threads, int seconds, boolean report)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            futures.add(
                    pool.submit(
                            () -> {
                                List<Long> took = new ArrayList<>();
                                int next = first;
                                while (System.nanoTime() < end) {
                                    Person person = people.get(next % people.size());
                                    next += threads;
                                    long start = System.nanoTime();
                                    HttpResponse<String> answer =
                                            person.client()
                                                    .send(
                                                            HttpRequest.newBuilder(
                                                                            URI.create(
                                                                                    base
                                                                                            + "/api/breaks/check"))
                                                                    .header(
                                                                            "Content-Type",
                                                                            "application/json")
                                                                    .header(
                                                                            "X-CSRF-Token",
                                                                            person.csrf())
                                                                    .POST(
                                                                            HttpRequest
                                                                                    .BodyPublishers
                                                                                    .ofString(
                                                                                            "{\"idleSeconds\":0}"))
                                                                    .build(),
                                                            HttpResponse.BodyHandlers.ofString());
                                    if (answer.statusCode() != 200) {
                                        throw new IllegalStateException(
                                                "check failed: " + answer.body());
                                    }
                                    took.add(System.nanoTime() - start);
                                }
                                return took.stream().mapToLong(Long::longValue).toArray();
                            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        pool.shutdown();
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (report) {
            double perSecond = nanos.length / (double) seconds;
            System.out.printf(
                    "breaks-check people=%d threads=%d seconds=%d requests=%d rps=%.0f p50=%.2fms p99=%.2fms max=%.2fms open-pages-at-20s=%.0f%n",
                    people.size(),
                    threads,
                    seconds,
                    nanos.length,
                    perSecond,
                    nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6,
                    nanos[nanos.length - 1] / 1e6,
                    perSecond * 20);
        }
    }
}
