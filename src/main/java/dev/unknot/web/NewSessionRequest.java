package dev.unknot.web;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/sessions} as sent, read strictly: each stop sign's answer (or all of
 * them no), when it ran, pain before and after, and each step's outcome. Absent members are null
 * here and checked by the API.
 */
record NewSessionRequest(
        Map<String, Boolean> stopSigns,
        Boolean stopSignsAllNo,
        String startedAt,
        String endedAt,
        Integer painBefore,
        Integer painAfter,
        List<Step> steps) {

    /** One step as sent: its id and name from the plan, its outcome code and the seconds spent. */
    record Step(String id, String name, String outcome, Integer seconds) {}
}
