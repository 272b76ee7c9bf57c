/**
 * Building an exercise up or down from how the pain went ({@link
 * dev.unknot.progression.Progression}) and the short strengthening programme a person without a
 * clinician may start once the knot has settled ({@link dev.unknot.progression.SelfCareProgramme}).
 * Pure: every number and word comes from {@code progression.yaml} through the knowledge base.
 */
package dev.unknot.progression;
