package dev.unknot.cds;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The one FHIR R4 context of the JVM, built on first use (the holder idiom: the class that holds it
 * loads only when a CDS Hooks call needs it), so that {@code assess} and every command that speaks
 * no FHIR never pay for HAPI's start-up. Thread-safe; parsers are made per use, as HAPI asks.
 */
final class Fhir {
    private Fhir() {}

    private static final class Holder {
        static final FhirContext R4 = FhirContext.forR4();
    }

    static IParser json() {
        return Holder.R4.newJsonParser();
    }
}
