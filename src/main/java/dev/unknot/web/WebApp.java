package dev.unknot.web;

import dev.unknot.account.AccountService;
import dev.unknot.assessment.AssessmentJson;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.MeasureService;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.Measures;
import dev.unknot.pathway.GuidedSessions;
import java.time.Clock;

/**
 * What the web app is built from: the same core and pathway services the command line uses (built
 * by the composition root, {@code app.App}), the accounts, and where the access log goes.
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
        AccountService accounts,
        Clock clock,
        AccessLog accessLog) {}
