package dev.unknot.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The body of {@code POST /api/diary} as sent, read strictly ({@code StrictJson}); {@code flags} is
 * the intake's {@code flags} object, read by the intake's own reader (also the body of {@code PUT}
 * and {@code PATCH /api/diary/{id}}). Absent members are null here and checked by the API.
 */
record NewDiaryEntryRequest(
        String date, Integer pain, List<String> activities, String note, JsonNode flags) {}
