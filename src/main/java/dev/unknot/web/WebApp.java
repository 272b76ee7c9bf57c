package dev.unknot.web;

import dev.unknot.account.AccountService;
import dev.unknot.assessment.AssessmentJson;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.cds.CdsHooks;
import dev.unknot.clinic.CareTeam;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.MeasureService;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.HelpRegions;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.WizardPages;
import dev.unknot.measure.Measures;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.pathway.GuidedSessions;
import dev.unknot.pathway.RunningBreaks;
import dev.unknot.pathway.SavedAssessments;
import dev.unknot.pathway.WorkstationChecks;
import dev.unknot.record.RecordStore;
import java.time.Clock;

/**
 * What the web app is built from: the same core and pathway services the command line uses (built
 * by the composition root, {@code app.App}), the saved assessments (the printed plan reads the
 * latest), the accounts, where the access log goes, the wizard's pages, the region whose emergency
 * number the results give ({@code region}, an id of {@code helpRegions}), whether a proxy in front
 * ends TLS ({@code trustProxy}, see {@link Proxy}), the individual exercise plans, the clinician's
 * side ({@code careTeam}), the CDS Hooks service for clinics' EHRs ({@code cds}) and prevention
 * (the workstation checks and the movement breaks).
 */
public record WebApp(
        KnowledgeBase knowledge,
        Assessor assessor,
        Interview interview,
        FreeText freeText,
        AssessmentJson assessmentJson,
        FollowUpService followUp,
        MeasureService measureService,
        Measures measures,
        GuidedSessions sessions,
        SavedAssessments assessments,
        AccountService accounts,
        Clock clock,
        AccessLog accessLog,
        WizardPages wizardPages,
        HelpRegions helpRegions,
        String region,
        boolean trustProxy,
        ExercisePlans plans,
        CareTeam careTeam,
        RecordStore records,
        CdsHooks cds,
        Prevention prevention) {

    /** Prevention at work: the workstation check and the movement breaks of the breaks page. */
    public record Prevention(WorkstationChecks workstation, RunningBreaks breaks) {}

    WorkstationChecks workstation() {
        return prevention.workstation();
    }

    RunningBreaks breaks() {
        return prevention.breaks();
    }

    /** The same app serving {@code region} (an id of {@link #helpRegions}). */
    public WebApp inRegion(String region) {
        return new WebApp(
                knowledge,
                assessor,
                interview,
                freeText,
                assessmentJson,
                followUp,
                measureService,
                measures,
                sessions,
                assessments,
                accounts,
                clock,
                accessLog,
                wizardPages,
                helpRegions,
                region,
                trustProxy,
                plans,
                careTeam,
                records,
                cds,
                prevention);
    }

    /**
     * The same app, believing (or not) the {@code X-Forwarded-Proto} and {@code X-Forwarded-For} of
     * a proxy in front that ends TLS.
     */
    public WebApp trustingProxy(boolean trust) {
        return new WebApp(
                knowledge,
                assessor,
                interview,
                freeText,
                assessmentJson,
                followUp,
                measureService,
                measures,
                sessions,
                assessments,
                accounts,
                clock,
                accessLog,
                wizardPages,
                helpRegions,
                region,
                trust,
                plans,
                careTeam,
                records,
                cds,
                prevention);
    }

    /** The same app with the CDS Hooks service set up otherwise (the server's options, tests). */
    public WebApp withCds(CdsHooks other) {
        return new WebApp(
                knowledge,
                assessor,
                interview,
                freeText,
                assessmentJson,
                followUp,
                measureService,
                measures,
                sessions,
                assessments,
                accounts,
                clock,
                accessLog,
                wizardPages,
                helpRegions,
                region,
                trustProxy,
                plans,
                careTeam,
                records,
                other,
                prevention);
    }

    /** The region served, or an error naming the ones there are. */
    HelpRegion helpRegion() {
        return helpRegions
                .find(region)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown region '"
                                                + region
                                                + "'; one of "
                                                + String.join(", ", helpRegions.ids())));
    }
}
