package dev.unknot.web;

import java.util.Map;

/**
 * The body of {@code POST /api/workstation}: the answer to every item by its id, e.g. {@code
 * {"answers": {"screen-height": "no", "glare": "not-sure", ...}}}.
 */
record WorkstationRequest(Map<String, String> answers) {}
