package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.account.AccountService;
import dev.unknot.assessment.AssessmentJson;
import dev.unknot.assessment.Assessor;
import dev.unknot.followup.FollowUpService;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.UnknotException;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.KnowledgeBase;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * unknot's web app on Javalin: the JSON API, the pages and their assets, wired by hand. Every
 * failure leaves through {@link #fail}: a problem document ({@code application/problem+json}) for
 * API callers, an error page for browsers, never a stack trace.
 */
public final class WebServer {
    /** How long requests in flight may take to finish when the server stops (Ctrl-C, SIGTERM). */
    static final Duration GRACE = Duration.ofSeconds(5);

    private static final Problem INTERNAL =
            Problem.of(
                    "internal",
                    "Internal error",
                    500,
                    "unknot could not answer this request; nothing was stored",
                    "");

    private final Javalin app;
    private final AtomicReference<Server> jetty;
    private final List<String> routes;

    private WebServer(Javalin app, AtomicReference<Server> jetty, List<String> routes) {
        this.app = app;
        this.jetty = jetty;
        this.routes = routes;
    }

    /** A server for the given core and storage; not yet listening. */
    public static WebServer create(WebApp web) {
        KnowledgeBase knowledge = web.knowledge();
        AtomicReference<Server> jetty = new AtomicReference<>();
        Assessor assessor = web.assessor();
        FreeText freeText = web.freeText();
        AssessmentJson assessmentJson = web.assessmentJson();
        WizardFlow flow = new WizardFlow(web.interview(), web.wizardPages());
        AssessmentApi api = new AssessmentApi(assessor, assessmentJson, freeText, web.interview());
        Templates templates = new Templates(knowledge.disclaimer(), web.helpRegion());
        Pages pages =
                new Pages(
                        knowledge,
                        assessor,
                        freeText,
                        web.interview(),
                        flow,
                        templates,
                        web.workstation());
        AccountService accounts = web.accounts();
        AccountPages accountPages =
                new AccountPages(accounts, web.careTeam(), templates, web.clock());
        AccountApi accountApi = new AccountApi(accounts);
        SecondFactorPages secondFactorPages = new SecondFactorPages(accounts, templates);
        SecondFactorApi secondFactorApi = new SecondFactorApi(accounts);
        Proxy proxy = new Proxy(web.trustProxy());
        FollowUpService followUp = web.followUp();
        DiaryApi diaryApi = new DiaryApi(followUp, assessmentJson);
        DiaryPages diaryPages =
                new DiaryPages(
                        followUp,
                        web.breaks().breaks(),
                        web.careTeam(),
                        knowledge,
                        flow,
                        templates);
        StaticAssets assets = new StaticAssets();
        MeasuresPages measuresPages =
                new MeasuresPages(web.measures(), web.measureService(), templates);
        Operations operations = new Operations(web.accessLog(), web.clock());
        SourcesPages sourcesPages = new SourcesPages(knowledge, templates);
        SessionApi sessionApi = new SessionApi(web.sessions(), followUp, web.clock());
        SessionPages sessionPages =
                new SessionPages(
                        assessor,
                        knowledge,
                        web.sessions(),
                        templates,
                        web.clock(),
                        new PlanSessionForm(web.plans(), web.sessions(), templates, web.clock()));
        String openApi = resource("web/openapi.json");
        List<String> routes = new CopyOnWriteArrayList<>();
        Javalin app =
                Javalin.create(
                        config -> {
                            config.startup.showJavalinBanner = false;
                            config.http.maxRequestSize = Bodies.LIMIT;
                            config.http.prefer405over404 = true;
                            config.requestLogger.http(operations::finished);
                            config.events.handlerAdded(
                                    route ->
                                            routes.add(
                                                    route.getHttpMethod() + " " + route.getPath()));
                            config.jetty.modifyServer(
                                    server -> {
                                        jetty.set(server);
                                        server.setErrorHandler(new SecureErrorHandler());
                                    });
                            // A small pool: on a machine of a few cores, hundreds of threads only
                            // add switching and tail latency.
                            config.jetty.threadPool =
                                    new QueuedThreadPool(
                                            Integer.getInteger("unknot.threads", 32), 8, 60_000);
                            config.routes.before(Operations::giveRequestId);
                            config.routes.before(proxy::mark);
                            config.routes.before(SecurityHeaders::apply);
                            config.routes.before(ctx -> identify(ctx, accounts));
                            config.routes.get("/health", AssessmentApi::health);
                            config.routes.get("/metrics", operations::scrape);
                            config.routes.get(
                                    "/openapi.json",
                                    ctx -> ctx.contentType(AssessmentApi.JSON).result(openApi));
                            config.routes.post("/api/assessments", api::assess);
                            if (Boolean.getBoolean("unknot.bench")) {
                                config.routes.post("/api/bench/echo", api.echo());
                            }
                            config.routes.post("/api/assessments/text", api::assessText);
                            config.routes.get("/", pages::home);
                            config.routes.get("/assess", pages::question);
                            config.routes.post("/assess", pages::answer);
                            config.routes.get("/result", pages::result);
                            config.routes.post("/text", pages::understood);
                            config.routes.get("/signup", accountPages::signUpForm);
                            config.routes.post("/signup", accountPages::signUp);
                            config.routes.get("/login", accountPages::signInForm);
                            config.routes.post("/login", accountPages::signIn);
                            config.routes.post("/logout", accountPages::signOut);
                            config.routes.get("/account", accountPages::account);
                            config.routes.post("/account/delete", accountPages::delete);
                            config.routes.get("/login/second-factor", secondFactorPages::codeForm);
                            config.routes.post("/login/second-factor", secondFactorPages::code);
                            config.routes.get("/account/second-factor", secondFactorPages::status);
                            config.routes.post("/account/second-factor", secondFactorPages::begin);
                            config.routes.post(
                                    "/account/second-factor/confirm", secondFactorPages::confirm);
                            config.routes.post(
                                    "/account/second-factor/disable", secondFactorPages::disable);
                            config.routes.post("/api/account", accountApi::signUp);
                            config.routes.get("/api/account", accountApi::whoAmI);
                            config.routes.delete("/api/account", accountApi::delete);
                            config.routes.post("/api/account/sign-in", accountApi::signIn);
                            config.routes.post("/api/account/sign-out", accountApi::signOut);
                            config.routes.post(
                                    "/api/account/sign-in/second-factor", secondFactorApi::code);
                            config.routes.post(
                                    "/api/account/second-factor", secondFactorApi::begin);
                            config.routes.post(
                                    "/api/account/second-factor/confirm", secondFactorApi::confirm);
                            config.routes.delete(
                                    "/api/account/second-factor", secondFactorApi::disable);
                            config.routes.get("/api/diary", diaryApi::trend);
                            config.routes.post("/api/diary", diaryApi::log);
                            config.routes.get("/api/diary/{id}", diaryApi::one);
                            config.routes.put("/api/diary/{id}", diaryApi::replace);
                            config.routes.patch("/api/diary/{id}", diaryApi::change);
                            config.routes.delete("/api/diary/{id}", diaryApi::delete);
                            config.routes.get("/measures", measuresPages::list);
                            config.routes.get("/measures/{id}", measuresPages::form);
                            config.routes.post("/measures/{id}", measuresPages::take);
                            config.routes.get("/api/measures", measuresPages::apiList);
                            config.routes.post("/api/measures/{id}", measuresPages::apiTake);
                            config.routes.get("/api/measures/results/{id}", measuresPages::apiOne);
                            config.routes.get("/sources", sourcesPages::page);
                            config.routes.get("/api/search", sourcesPages::api);
                            config.routes.get("/api/sessions", sessionApi::list);
                            config.routes.post("/api/sessions", sessionApi::save);
                            config.routes.get("/api/sessions/{id}", sessionApi::one);
                            config.routes.get("/plan.pdf", new HandoutPages(web)::download);
                            config.routes.get("/session", sessionPages::show);
                            config.routes.post("/session", sessionPages::finish);
                            config.routes.get("/diary", diaryPages::show);
                            config.routes.post("/diary", diaryPages::log);
                            config.routes.get("/diary/{id}/edit", diaryPages::editForm);
                            config.routes.post("/diary/{id}/edit", diaryPages::edit);
                            config.routes.get("/diary/{id}/delete", diaryPages::deleteForm);
                            config.routes.post("/diary/{id}/delete", diaryPages::delete);
                            PlanRoutes.register(config.routes, web, templates);
                            WorkstationRoutes.register(config.routes, web, templates);
                            BreaksRoutes.register(config.routes, web, templates);
                            config.routes.get("/static/<name>", assets::serve);
                            ClinicianRoutes.register(config.routes, web, templates);
                            CdsRoutes.register(config.routes, web);
                            FhirRoutes.register(config.routes, web);
                            config.routes.exception(
                                    UnknotException.class,
                                    (e, ctx) -> fail(ctx, problem(e), templates));
                            config.routes.exception(
                                    HttpResponseException.class,
                                    (e, ctx) -> fail(ctx, fromHttp(e), templates));
                            config.routes.exception(
                                    Exception.class, (e, ctx) -> fail(ctx, INTERNAL, templates));
                        });
        return new WebServer(app, jetty, routes);
    }

    /**
     * Who is asking (see {@link Visitor}), then the anti-forgery check for anything that changes
     * state.
     */
    private static void identify(Context ctx, AccountService accounts) {
        String signIn = SignInCookie.token(ctx);
        Optional<Account> account = signIn.isEmpty() ? Optional.empty() : accounts.signedIn(signIn);
        // signed in, the form token is the sign-in's own; a cookie the visitor sends changes
        // nothing
        Visitor visitor =
                new Visitor(
                        account,
                        account.isPresent() ? Csrf.forSignIn(signIn) : Csrf.anonymous(ctx));
        ctx.attribute(Visitor.ATTRIBUTE, visitor);
        Csrf.check(ctx, visitor);
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /**
     * Every route, as "METHOD /path" in the order added (the OpenAPI test checks the API's against
     * the document).
     */
    List<String> routes() {
        return List.copyOf(routes);
    }

    /** The port listened on; the real one when started on port 0. */
    public int port() {
        return app.port();
    }

    /**
     * Stops taking connections, lets requests in flight finish (up to {@link #GRACE}), then stops.
     */
    public void stop() {
        stop(GRACE);
    }

    /** Stops without waiting for idle connections (tests). */
    public void stopNow() {
        stop(Duration.ZERO);
    }

    private void stop(Duration grace) {
        Server server = jetty.get();
        if (server != null) {
            server.setStopTimeout(grace.toMillis());
        }
        app.stop();
    }

    /**
     * One of unknot's own failures as a problem document: a web problem as it was made, invalid
     * input as 400 naming its path, anything else unknot's own failure (its words stay in the
     * server, not the answer).
     */
    private static Problem problem(UnknotException e) {
        if (e instanceof ProblemException refused) {
            return refused.problem();
        }
        if (e instanceof InvalidInputException invalid) {
            return Problem.of(
                    "invalid-input", "Invalid input", 400, invalid.getMessage(), invalid.path());
        }
        return INTERNAL;
    }

    private static Problem fromHttp(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 ->
                    Problem.of(
                            "not-found", "Not found", 404, "there is nothing at this address", "");
            case 405 ->
                    Problem.of(
                            "method-not-allowed",
                            "Method not allowed",
                            405,
                            "this address does not take this method",
                            "");
            case 413 -> ProblemException.tooLarge(Bodies.LIMIT).problem();
            default ->
                    Problem.of(
                            "http-" + e.getStatus(),
                            "Request failed",
                            e.getStatus(),
                            e.getStatus() < 500
                                    ? "the request cannot be served"
                                    : "unknot could not answer this request",
                            "");
        };
    }

    private static void fail(Context ctx, Problem problem, Templates templates) {
        ctx.status(problem.status());
        String accept = ctx.header("Accept");
        boolean page =
                !ctx.path().startsWith("/api/") && accept != null && accept.contains("text/html");
        if (page && problem.status() == 401) {
            ctx.redirect(
                    "/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
        } else if (page) {
            templates.page(ctx, "error", problem);
        } else {
            ctx.contentType(Problem.MEDIA_TYPE + "; charset=utf-8").result(problem.toJson());
        }
    }

    private static String resource(String name) {
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
