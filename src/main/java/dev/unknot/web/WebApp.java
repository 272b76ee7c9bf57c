package dev.unknot.web;

import dev.unknot.account.Passwords;
import dev.unknot.assessment.Assessor;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.Measures;
import dev.unknot.store.Database;
import java.time.Clock;

/** What the web app is built from: the same core and storage the command line uses, and the password hashing. */
public record WebApp(KnowledgeBase knowledge, Assessor assessor, FollowUpRules followUpRules, Measures measures,
                     Database database, Passwords passwords, Clock clock, AccessLog accessLog) {
}
