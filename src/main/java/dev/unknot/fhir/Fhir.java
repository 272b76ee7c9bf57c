package dev.unknot.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import dev.unknot.intake.InvalidInputException;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one {@link FhirContext} of the program (R4), built on first use: it scans the whole model and
 * takes seconds, so a command that never touches FHIR never builds it, and everything that does
 * shares it. The holder class is the JVM's own lazy, thread-safe initialisation.
 */
public final class Fhir {
    /** The media type of FHIR JSON. */
    public static final String MEDIA_TYPE = "application/fhir+json";

    private Fhir() {}

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    /** The shared R4 context. */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /** A resource as pretty-printed FHIR JSON. */
    public static String json(IBaseResource resource) {
        return parser().encodeResourceToString(resource);
    }

    /**
     * Parses FHIR JSON into a resource of {@code type}; anything else (not JSON, another resource,
     * a value FHIR does not allow) is invalid input naming where.
     */
    public static <T extends IBaseResource> T parse(String json, Class<T> type) {
        try {
            return parser().parseResource(type, json);
        } catch (DataFormatException | ClassCastException e) {
            throw new InvalidInputException(
                    type.getSimpleName(), "is not a valid FHIR R4 resource: " + clean(e));
        }
    }

    private static IParser parser() {
        IParser parser = context().newJsonParser().setPrettyPrint(true);
        parser.setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler());
        return parser;
    }

    /** HAPI's message without its "HAPI-1234: " prefix. */
    private static String clean(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.replaceFirst("^HAPI-\\d+: ", "");
    }
}
