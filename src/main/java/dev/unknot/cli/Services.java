package dev.unknot.cli;

import dev.unknot.assessment.AssessmentJson;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.clinic.ClinicAdmin;
import dev.unknot.config.Config;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.MeasureService;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.Measures;
import dev.unknot.pathway.Breaks;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.pathway.GuidedSessions;
import dev.unknot.pathway.SavedAssessments;
import dev.unknot.pathway.WorkstationChecks;
import dev.unknot.record.RecordStore;
import dev.unknot.session.Sleeper;
import dev.unknot.web.AccessLog;
import dev.unknot.web.WebApp;
import dev.unknot.workstation.Checklist;
import java.time.Clock;
import java.util.Optional;

/**
 * What the commands are given: the program as the composition root ({@code app.App}) builds it, the
 * same for {@code Main} and every test. Services that keep records take the {@code --db} a command
 * was given ({@code Optional.empty()} for the configured database).
 */
public interface Services {
    KnowledgeBase knowledge();

    Assessor assessor();

    /** When the wizard's questions stop. */
    Interview interview();

    /** Reads a description in the person's own words. */
    FreeText freeText();

    /** The assessment as JSON ({@code --json} and the API). */
    AssessmentJson assessmentJson();

    Config config();

    /** Whom to call in the configured region, for emergency and urgent results. */
    HelpRegion helpRegion();

    Clock clock();

    /** What guided-session countdowns wait on between seconds. */
    Sleeper sleeper();

    Measures measures();

    FollowUpService followUp(Optional<String> override);

    MeasureService measureService(Optional<String> override);

    SavedAssessments assessments(Optional<String> override);

    GuidedSessions sessions(Optional<String> override);

    RecordStore records(Optional<String> override);

    /** Individual exercise plans, their sessions and suggestions. */
    ExercisePlans plans(Optional<String> override);

    /** Movement breaks: settings, schedule, history. */
    Breaks breaks(Optional<String> override);

    /** Clinics and clinician accounts, for whoever runs the service ({@code unknot clinic}). */
    ClinicAdmin clinicAdmin(Optional<String> override);

    /** The workstation check's items and scoring (workstation.yaml). */
    Checklist checklist();

    /** Workstation checks: taken, stored, compared, and linked to the plan's habits. */
    WorkstationChecks workstation(Optional<String> override);

    /** The web app over the same services, its requests logged to {@code accessLog}. */
    WebApp web(Optional<String> override, AccessLog accessLog);
}
