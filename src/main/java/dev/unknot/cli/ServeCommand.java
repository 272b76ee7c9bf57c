package dev.unknot.cli;

import dev.unknot.cds.CdsSettings;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.web.AccessLog;
import dev.unknot.web.RollingAccessLog;
import dev.unknot.web.WebApp;
import dev.unknot.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unknot serve}: the web app and JSON API on an embedded server, until Ctrl-C. */
@Command(name = "serve", description = "Start the web app and JSON API (stop with Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
    private final Services services;

    @Spec CommandSpec spec;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--port",
            defaultValue = "7070",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "Database for accounts and diaries: a jdbc:h2: or jdbc:postgresql: URL (default: UNKNOT_DB_URL, or an H2 file in ~/.unknot).")
    String database;

    @Option(
            names = "--access-log",
            paramLabel = "FILE",
            description =
                    "Where to append the access log (one JSON line per request, no personal data): a file (rolled over at 10 MB, 5 old files kept), '-' for standard error, or 'off' (default: access.log in the data directory).")
    String accessLog;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description =
                    "Whose emergency number the results give: uk (999, NHS 111), eu (112) or us (911) (default: UNKNOT_REGION, or uk).")
    String region;

    @Option(
            names = "--trust-proxy",
            negatable = true,
            description =
                    "A proxy in front ends TLS: believe its X-Forwarded-Proto (https makes cookies Secure and sends"
                            + " Strict-Transport-Security) and X-Forwarded-For (the client's address for the limits)."
                            + " Without it those headers are ignored (default: UNKNOT_TRUST_PROXY, or off).")
    Boolean trustProxy;

    @Option(
            names = "--public-url",
            paramLabel = "URL",
            description =
                    "The address clinics' EHRs call this server at, e.g. https://unknot.example.org: a CDS Hooks"
                            + " token's aud must be it plus the path called (default: UNKNOT_PUBLIC_URL).")
    String publicUrl;

    @Option(
            names = "--cds-trust",
            paramLabel = "FILE",
            description =
                    "The EHRs allowed to call the CDS Hooks service (YAML or JSON: issuer, jwks, fhirServers);"
                            + " without it and --public-url the service answers 503 (default: UNKNOT_CDS_TRUST).")
    Path cdsTrust;

    ServeCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageProblem(
                    "--port: must be a port from 0 to 65535 (0 = any free port), was " + port);
        }
        AccessLog log = accessLog();
        WebApp web = services.web(Optional.ofNullable(database), log);
        String served = region != null ? region : services.config().region();
        Optional<String> known = web.helpRegions().find(served).map(HelpRegion::id);
        if (known.isEmpty()) {
            log.close();
            throw new UsageProblem(
                    (region != null ? "--region" : "UNKNOT_REGION")
                            + ": must be one of "
                            + String.join(", ", web.helpRegions().ids())
                            + ", was '"
                            + served
                            + "'");
        }
        boolean proxied = trustProxy != null ? trustProxy : services.config().trustProxy();
        CdsSettings cds =
                new CdsSettings(
                        Optional.ofNullable(publicUrl).or(() -> environment("UNKNOT_PUBLIC_URL")),
                        Optional.ofNullable(cdsTrust)
                                .or(() -> environment("UNKNOT_CDS_TRUST").map(Path::of)));
        WebApp configured;
        try {
            configured =
                    web.inRegion(known.get()).trustingProxy(proxied).withCds(web.cds().with(cds));
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
        WebServer server = WebServer.create(configured);
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            server.stop();
            log.close();
            if (causedByBind(e)) {
                throw new UsageProblem(
                        "cannot listen on "
                                + host
                                + ":"
                                + port
                                + " (in use, or not an address of this machine); try another --port or --host");
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    server.stop();
                                    log.close();
                                    stopped.countDown();
                                },
                                "unknot-web-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.printf(
                "unknot is running: open http://%s:%d/ in your browser (Ctrl-C to stop)%n",
                shown, server.port());
        out.printf(
                "API: POST http://%s:%d/api/assessments, description at /openapi.json; metrics at /metrics%n",
                shown, server.port());
        out.flush();
        stopped.await();
        return 0;
    }

    private static Optional<String> environment(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    private AccessLog accessLog() {
        if ("off".equals(accessLog)) {
            return AccessLog.NONE;
        }
        if ("-".equals(accessLog)) {
            PrintWriter err = spec.commandLine().getErr();
            return line -> {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            };
        }
        Path file;
        try {
            file =
                    accessLog != null
                            ? Path.of(accessLog)
                            : services.config().home().resolve("access.log");
        } catch (InvalidPathException e) {
            throw new UsageProblem("--access-log: not a file name: " + e.getMessage());
        }
        try {
            return RollingAccessLog.open(
                    file,
                    RollingAccessLog.DEFAULT_MAX_BYTES,
                    RollingAccessLog.DEFAULT_KEEP,
                    System.err);
        } catch (IOException e) {
            throw new UsageProblem(
                    "--access-log: cannot write to " + file + " (" + e.getMessage() + ")");
        }
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException
                    || cause instanceof java.nio.channels.UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }
}
