package dev.unknot.fhir;

import dev.unknot.intake.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/** Small conversions shared by the mappings: stable ids, times at full precision, extensions. */
final class Support {
    private Support() {}

    /**
     * A stable id from what makes an item the same item (never a database's own number), so the
     * same record always gives the same Bundle.
     */
    static String uuid(String kind, Object... parts) {
        StringBuilder key = new StringBuilder(kind);
        for (Object part : parts) {
            key.append('|').append(part instanceof Instant at ? micros(at) : part);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }

    static String url(String uuid) {
        return "urn:uuid:" + uuid;
    }

    static Reference reference(Resource resource) {
        return new Reference(url(resource.getIdElement().getIdPart()));
    }

    /** An instant with all its digits (HAPI keeps the text it was given). */
    static InstantType instant(Instant at) {
        InstantType type = new InstantType();
        type.setValueAsString(micros(at));
        return type;
    }

    static DateTimeType dateTime(Instant at) {
        DateTimeType type = new DateTimeType();
        type.setValueAsString(micros(at));
        return type;
    }

    static DateType date(LocalDate day) {
        DateType type = new DateType();
        type.setValueAsString(day.toString());
        return type;
    }

    /** The instant a time stands for; one given only as a day is that day's start in UTC. */
    static Instant instant(BaseDateTimeType time, String field) {
        if (time == null || time.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        String text = time.getValueAsString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return time.getValue().toInstant();
        }
    }

    /** The day a time names (in its own offset), or the day itself. */
    static LocalDate day(BaseDateTimeType time, String field) {
        if (time == null || time.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        String text = time.getValueAsString();
        if (text.length() == 10) {
            return LocalDate.parse(text);
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            return time.getValue().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
    }

    static Optional<Type> extension(Element element, String url) {
        return Optional.ofNullable(element.getExtensionByUrl(url)).map(Extension::getValue);
    }

    static Optional<Type> extension(DomainResource resource, String url) {
        return Optional.ofNullable(resource.getExtensionByUrl(url)).map(Extension::getValue);
    }

    static List<Extension> extensions(DomainResource resource, String url) {
        return resource.getExtensionsByUrl(url);
    }

    /** A value of an expected type, or invalid input naming {@code field}. */
    static <T> T as(Type value, Class<T> type, String field) {
        if (!type.isInstance(value)) {
            throw new InvalidInputException(
                    field,
                    "must be a "
                            + type.getSimpleName().replace("Type", "")
                            + ", was "
                            + (value == null ? "missing" : value.fhirType()));
        }
        return type.cast(value);
    }

    /** The response's answered items, in order, groups opened out. */
    static List<QuestionnaireResponse.QuestionnaireResponseItemComponent> answered(
            QuestionnaireResponse response) {
        List<QuestionnaireResponse.QuestionnaireResponseItemComponent> answered =
                new java.util.ArrayList<>();
        flatten(response.getItem(), answered);
        return answered;
    }

    private static void flatten(
            List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items,
            List<QuestionnaireResponse.QuestionnaireResponseItemComponent> into) {
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : items) {
            if (item.hasItem()) {
                flatten(item.getItem(), into);
            } else {
                into.add(item);
            }
        }
    }
}
