package dev.unknot.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.PlanProblem;
import dev.unknot.exercise.PlanSteps;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.json.StrictJson;
import dev.unknot.knowledge.Prescription;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/** Plans, suggestions and refusals as JSON (codes for machines, with the words beside them). */
final class PlanJson {
    private PlanJson() {}

    static ObjectNode plan(ExercisePlan plan) {
        ObjectNode json = StrictJson.MAPPER.createObjectNode();
        json.put("id", plan.id());
        json.put("version", plan.version());
        ObjectNode author = json.putObject("author");
        author.put("name", plan.author().name());
        plan.author().clinicianId().ifPresent(id -> author.put("clinicianId", id));
        json.put("at", plan.at().toString());
        json.put("reason", plan.reason());
        json.put("note", plan.note());
        ArrayNode items = json.putArray("items");
        for (PlanItem item : plan.items()) {
            ObjectNode one = items.addObject();
            one.put("exerciseId", item.exerciseId());
            dose(one.putObject("dose"), item.dose());
            one.put("side", item.side().code());
            one.put("notes", item.notes());
            one.put("doseWords", PlanSteps.doseWords(item));
            one.put("schedule", PlanView.schedule(item.dose()));
        }
        return json;
    }

    static void dose(ObjectNode json, Prescription dose) {
        json.put("sets", dose.sets());
        json.put("reps", dose.reps());
        json.put("holdSeconds", dose.holdSeconds());
        json.put("restSeconds", dose.restSeconds());
        json.put("minutes", dose.minutes());
        json.put("perSide", dose.perSide());
        json.put("timesPerDay", dose.timesPerDay());
        ArrayNode days = json.putArray("days");
        for (DayOfWeek day : dose.daysInOrder()) {
            days.add(day.name().toLowerCase(Locale.ROOT));
        }
    }

    static ObjectNode suggestion(PlanSuggestion suggestion) {
        ObjectNode json = StrictJson.MAPPER.createObjectNode();
        json.put("id", suggestion.id());
        json.put("sessionId", suggestion.sessionId());
        json.put("planId", suggestion.planId());
        json.put("exerciseId", suggestion.exerciseId());
        json.put("kind", suggestion.kind().code());
        json.put("reason", suggestion.reason());
        suggestion.dose().ifPresent(dose -> dose(json.putObject("dose"), dose));
        json.put("status", suggestion.status().code());
        json.put("createdAt", suggestion.createdAt().toString());
        suggestion.resultVersion().ifPresent(version -> json.put("resultVersion", version));
        return json;
    }

    static ArrayNode plans(List<ExercisePlan> plans) {
        ArrayNode json = StrictJson.MAPPER.createArrayNode();
        plans.forEach(plan -> json.add(plan(plan)));
        return json;
    }

    static ArrayNode suggestions(List<PlanSuggestion> suggestions) {
        ArrayNode json = StrictJson.MAPPER.createArrayNode();
        suggestions.forEach(suggestion -> json.add(suggestion(suggestion)));
        return json;
    }

    /**
     * A refused plan as a 422 problem document naming the first field, with every problem listed.
     */
    static String refused(List<PlanProblem> problems) {
        ObjectNode json = StrictJson.MAPPER.createObjectNode();
        json.put("type", "/problems/plan-refused");
        json.put("title", "Plan not saved");
        json.put("status", 422);
        json.put("detail", problems.get(0).words());
        json.put("field", problems.get(0).field());
        ArrayNode errors = json.putArray("errors");
        for (PlanProblem problem : problems) {
            ObjectNode one = errors.addObject();
            one.put("field", problem.field());
            one.put("detail", problem.words());
            problem.ruleId().ifPresent(rule -> one.put("rule", rule));
            ArrayNode sources = one.putArray("sources");
            problem.sourceTitles().forEach(sources::add);
        }
        return json.toString();
    }
}
