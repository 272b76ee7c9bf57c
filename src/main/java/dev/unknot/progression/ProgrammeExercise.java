package dev.unknot.progression;

import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;

/** One exercise of a programme and the dose to do it at. */
public record ProgrammeExercise(LibraryExercise exercise, Prescription dose) {}
