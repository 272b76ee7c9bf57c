package dev.unknot.app;

import dev.unknot.account.AccountLimits;
import dev.unknot.account.AccountService;
import dev.unknot.account.Passwords;
import dev.unknot.account.SecondFactors;
import dev.unknot.account.SignInLimiter;
import dev.unknot.account.SignUpGate;
import dev.unknot.assessment.AssessmentJson;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.cds.CdsHooks;
import dev.unknot.cds.CdsSettings;
import dev.unknot.cli.Services;
import dev.unknot.clinic.CareSettings;
import dev.unknot.clinic.CareTeam;
import dev.unknot.clinic.ClinicAdmin;
import dev.unknot.config.Config;
import dev.unknot.exercise.PlanCheck;
import dev.unknot.exercise.PlanSteps;
import dev.unknot.fhir.FhirRecordReader;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.MeasureService;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.BreakKnowledge;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.HelpRegions;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.WizardPages;
import dev.unknot.measure.Measures;
import dev.unknot.pathway.Breaks;
import dev.unknot.pathway.CareLinks;
import dev.unknot.pathway.DoseRules;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.pathway.GuidedSessions;
import dev.unknot.pathway.PlanReview;
import dev.unknot.pathway.PlanSchedule;
import dev.unknot.pathway.ProgressionDoseRules;
import dev.unknot.pathway.RunningBreaks;
import dev.unknot.pathway.SavedAssessments;
import dev.unknot.pathway.SelfCareReadiness;
import dev.unknot.pathway.StopSignCheck;
import dev.unknot.pathway.WorkstationChecks;
import dev.unknot.plan.Planner;
import dev.unknot.progression.Progression;
import dev.unknot.progression.SelfCareProgramme;
import dev.unknot.record.RecordStore;
import dev.unknot.session.Sleeper;
import dev.unknot.store.Database;
import dev.unknot.store.DatabaseUrl;
import dev.unknot.web.AccessLog;
import dev.unknot.web.WebApp;
import dev.unknot.workstation.Checklist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The composition root: builds the whole program by hand, the same way for {@code Main}, the web
 * server and every test. Each part is built on first use from the parts it needs (so a command that
 * stores nothing opens no database, and start-up stays short) and is then kept; nothing is ever
 * handed out half built. One database per program: the first {@code --db} asked for is the one.
 * Thread-safe; closing it closes the database.
 */
public final class App implements Services, AutoCloseable {
    /**
     * What the program is configured with: where its data lives, its clock, its sleeper, its bcrypt
     * cost and the limits on password, code and sign-up work.
     */
    public record Settings(
            Config config, Clock clock, Sleeper sleeper, int passwordCost, AccountLimits limits) {
        /** Settings with the service's account limits. */
        public Settings(Config config, Clock clock, Sleeper sleeper, int passwordCost) {
            this(config, clock, sleeper, passwordCost, AccountLimits.DEFAULT);
        }

        /** The settings of a real run: the system clock, real waiting, the service bcrypt cost. */
        public static Settings of(Config config) {
            return new Settings(
                    config, Clock.systemDefaultZone(), Sleeper.real(), Passwords.DEFAULT_COST);
        }

        /** The same settings with other account limits (tests). */
        public Settings withLimits(AccountLimits limits) {
            return new Settings(config, clock, sleeper, passwordCost, limits);
        }
    }

    private final Settings settings;
    private final CompletableFuture<KnowledgeBase> loading;
    private final Lazy<KnowledgeBase> knowledge;
    private final Lazy<Assessor> assessor;
    private final Lazy<Interview> interview;
    private final Lazy<FreeText> freeText;
    private final Lazy<AssessmentJson> assessmentJson;
    private final Lazy<FollowUpRules> followUpRules;
    private final Lazy<Measures> measures;
    private Optional<DatabaseUrl> databaseUrl = Optional.empty();
    private Database database;
    private final Lazy<FollowUpService> followUp;
    private final Lazy<MeasureService> measureService;
    private final Lazy<SavedAssessments> assessments;
    private final Lazy<GuidedSessions> sessions;
    private final Lazy<RecordStore> records;
    private final Lazy<AccountService> accounts;
    private final Lazy<HelpRegions> helpRegions;
    private final Lazy<ExercisePlans> plans;
    private final Lazy<PlanReview> planReview;
    private final Lazy<CareTeam> careTeam;
    private final Lazy<ClinicAdmin> clinicAdmin;
    private final Lazy<CdsHooks> cds;
    private final Lazy<Checklist> checklist;
    private final Lazy<WorkstationChecks> workstation;
    private final Lazy<Breaks> breaks;
    private final Lazy<RunningBreaks> runningBreaks;

    private App(Settings settings, CompletableFuture<KnowledgeBase> loading) {
        this.settings = settings;
        this.loading = loading;
        this.knowledge = new Lazy<>(this::joinKnowledge);
        this.assessor = new Lazy<>(() -> new Assessor(knowledge()));
        this.interview = new Lazy<>(() -> new Interview(knowledge(), assessor().triage()));
        this.freeText = new Lazy<>(FreeText::new);
        this.helpRegions = new Lazy<>(() -> HelpRegions.load(knowledge()));
        this.assessmentJson = new Lazy<>(() -> new AssessmentJson(knowledge(), interview()));
        this.followUpRules = new Lazy<>(() -> FollowUpRules.load(knowledge()));
        this.measures = new Lazy<>(Measures::load);
        this.planReview =
                new Lazy<>(
                        () ->
                                new PlanReview(
                                        library(), doseRules(), careLinks(), readiness(), clock()));
        this.followUp =
                new Lazy<>(
                        () ->
                                new FollowUpService(
                                        openedDatabase(),
                                        assessor(),
                                        followUpRules.get(),
                                        clock(),
                                        planReview.get()));
        this.measureService = new Lazy<>(() -> new MeasureService(openedDatabase(), clock()));
        this.assessments =
                new Lazy<>(() -> new SavedAssessments(openedDatabase(), assessor(), clock()));
        this.sessions =
                new Lazy<>(
                        () ->
                                new GuidedSessions(
                                        new StopSignCheck(knowledge().care().stopSigns()),
                                        followUp.get(),
                                        assessments.get(),
                                        assessor()));
        this.records = new Lazy<>(() -> new RecordStore(openedDatabase(), clock()));
        this.plans =
                new Lazy<>(
                        () ->
                                new ExercisePlans(
                                        openedDatabase(),
                                        new PlanCheck(library(), knowledge()),
                                        new PlanSteps(
                                                knowledge().exerciseLibrary()::exercise,
                                                knowledge().care().settings().secondsPerRep()),
                                        new Planner(knowledge()),
                                        assessor(),
                                        assessments.get(),
                                        sessions.get(),
                                        readiness(),
                                        careLinks(),
                                        clock()));
        this.accounts =
                new Lazy<>(
                        () ->
                                new AccountService(
                                        openedDatabase(),
                                        new Passwords(settings.passwordCost()),
                                        new SignInLimiter(settings.limits(), clock()),
                                        new SignUpGate(settings.limits(), clock()),
                                        new SecondFactors(
                                                openedDatabase(), settings.limits(), clock()),
                                        clock()));
        this.careTeam =
                new Lazy<>(
                        () ->
                                new CareTeam(
                                        openedDatabase(),
                                        followUpRules.get(),
                                        new PlanSchedule(openedDatabase()),
                                        CareSettings.DEFAULT,
                                        clock()));
        this.clinicAdmin =
                new Lazy<>(() -> new ClinicAdmin(openedDatabase(), accounts.get(), clock()));
        // Off until the server is given a public address and a trust file; HAPI FHIR loads only
        // on the first call, never at start-up.
        this.cds =
                new Lazy<>(
                        () -> {
                            FhirRecordReader reader =
                                    new FhirRecordReader(knowledge(), measures(), assessor());
                            return CdsHooks.of(
                                    CdsSettings.OFF,
                                    new CdsHooks.Parts(
                                            knowledge(),
                                            assessor(),
                                            followUpRules.get(),
                                            measures(),
                                            openedDatabase(),
                                            clock(),
                                            bundle -> reader.read(bundle).record()));
                        });
        this.checklist = new Lazy<>(() -> Checklist.load(knowledge()));
        this.workstation =
                new Lazy<>(() -> new WorkstationChecks(openedDatabase(), checklist.get(), clock()));
        this.breaks =
                new Lazy<>(
                        () ->
                                new Breaks(
                                        openedDatabase(),
                                        knowledge(),
                                        BreakKnowledge.load(knowledge()),
                                        sessions.get(),
                                        clock()));
        this.runningBreaks = new Lazy<>(() -> new RunningBreaks(breaks.get(), clock()));
    }

    /**
     * The program, its knowledge base loading on its own thread meanwhile (a broken file surfaces
     * on first use).
     */
    public static App start(Settings settings) {
        CompletableFuture<KnowledgeBase> knowledge = new CompletableFuture<>();
        Thread loader =
                new Thread(
                        () -> {
                            try {
                                knowledge.complete(KnowledgeBase.load());
                            } catch (RuntimeException e) {
                                knowledge.completeExceptionally(e);
                            }
                        },
                        "knowledge-loader");
        loader.setDaemon(true);
        loader.start();
        return start(settings, knowledge);
    }

    /**
     * The program over a knowledge base being loaded elsewhere (tests share one already loaded).
     */
    public static App start(Settings settings, CompletableFuture<KnowledgeBase> knowledge) {
        return new App(settings, knowledge);
    }

    private KnowledgeBase joinKnowledge() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public KnowledgeBase knowledge() {
        return knowledge.get();
    }

    @Override
    public Assessor assessor() {
        return assessor.get();
    }

    @Override
    public Interview interview() {
        return interview.get();
    }

    @Override
    public FreeText freeText() {
        return freeText.get();
    }

    @Override
    public AssessmentJson assessmentJson() {
        return assessmentJson.get();
    }

    @Override
    public Config config() {
        return settings.config();
    }

    @Override
    public HelpRegion helpRegion() {
        return helpRegions.get().find(config().region()).orElseThrow();
    }

    @Override
    public Clock clock() {
        return settings.clock();
    }

    @Override
    public Sleeper sleeper() {
        return settings.sleeper();
    }

    @Override
    public Measures measures() {
        return measures.get();
    }

    /**
     * The database named by {@code --db}, or the configured one, opened on first use; one per
     * program.
     */
    public synchronized Database database(Optional<String> override) {
        DatabaseUrl url = override.map(DatabaseUrl::new).orElse(config().database());
        if (database != null) {
            if (!databaseUrl.orElseThrow().equals(url)) {
                throw new IllegalStateException(
                        "this program already uses " + databaseUrl.get().shown());
            }
            return database;
        }
        if (url.jdbc().startsWith("jdbc:h2:file:") && override.isEmpty()) {
            try {
                Files.createDirectories(config().home());
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot create the data directory " + config().home(), e);
            }
        }
        database = Database.open(url);
        databaseUrl = Optional.of(url);
        return database;
    }

    private synchronized Database openedDatabase() {
        return database != null ? database : database(Optional.empty());
    }

    @Override
    public FollowUpService followUp(Optional<String> override) {
        database(override);
        return followUp.get();
    }

    @Override
    public MeasureService measureService(Optional<String> override) {
        database(override);
        return measureService.get();
    }

    @Override
    public SavedAssessments assessments(Optional<String> override) {
        database(override);
        return assessments.get();
    }

    @Override
    public GuidedSessions sessions(Optional<String> override) {
        database(override);
        return sessions.get();
    }

    @Override
    public RecordStore records(Optional<String> override) {
        database(override);
        return records.get();
    }

    @Override
    public ExercisePlans plans(Optional<String> override) {
        database(override);
        return plans.get();
    }

    @Override
    public Breaks breaks(Optional<String> override) {
        database(override);
        return breaks.get();
    }

    /** The exercise library plans are made from. */
    private List<LibraryExercise> library() {
        return knowledge().exerciseLibrary().exercises();
    }

    /** The progression rules after a session. */
    private DoseRules doseRules() {
        return new ProgressionDoseRules(Progression.of(knowledge()));
    }

    /** Whether a person on their own may build up strength. */
    private SelfCareReadiness readiness() {
        return new SelfCareReadiness(SelfCareProgramme.of(knowledge()), clock());
    }

    /** Who has a clinician looking after their plan. */
    private CareLinks careLinks() {
        return CareLinks.ACTIVE;
    }

    @Override
    public Checklist checklist() {
        return checklist.get();
    }

    @Override
    public WorkstationChecks workstation(Optional<String> override) {
        database(override);
        return workstation.get();
    }

    public ClinicAdmin clinicAdmin(Optional<String> override) {
        database(override);
        return clinicAdmin.get();
    }

    /** The clinician's side (consent, access, audit, dashboard) over the program's database. */
    public CareTeam careTeam() {
        return careTeam.get();
    }

    @Override
    public WebApp web(Optional<String> override, AccessLog accessLog) {
        database(override);
        return new WebApp(
                knowledge(),
                assessor(),
                interview(),
                freeText(),
                assessmentJson(),
                followUp.get(),
                measureService.get(),
                measures(),
                sessions.get(),
                assessments.get(),
                accounts.get(),
                clock(),
                accessLog,
                WizardPages.load(knowledge()),
                helpRegions.get(),
                config().region(),
                config().trustProxy(),
                plans.get(),
                careTeam.get(),
                records.get(),
                cds.get(),
                new WebApp.Prevention(workstation.get(), runningBreaks.get()));
    }

    /** The web accounts, on the configured database. */
    public AccountService accounts() {
        openedDatabase();
        return accounts.get();
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
            databaseUrl = Optional.empty();
        }
    }
}
