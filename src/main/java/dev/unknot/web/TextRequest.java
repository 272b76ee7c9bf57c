package dev.unknot.web;

import dev.unknot.intake.InvalidInputException;

/**
 * The body of {@code POST /api/assessments/text}: the knot described in the person's own words;
 * required.
 */
record TextRequest(String text) {
    TextRequest {
        if (text == null) {
            throw new InvalidInputException("text", "is required");
        }
    }
}
