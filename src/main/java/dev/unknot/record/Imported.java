package dev.unknot.record;

import java.util.List;

/**
 * What an import did, kind by kind: how many items were new and how many were already there (and so
 * skipped), in the order a record lists them.
 */
public record Imported(String profile, List<Count> counts) {
    public Imported {
        counts = List.copyOf(counts);
    }

    /** One kind of item: its name in words (plural) and the two numbers. */
    public record Count(Kind kind, int added, int alreadyThere) {
        public int total() {
            return added + alreadyThere;
        }
    }

    /** The kinds of item in a record, with their names in words. */
    public enum Kind {
        DIARY("diary entry", "diary entries"),
        SESSIONS("guided session", "guided sessions"),
        MEASURES("outcome measure", "outcome measures"),
        ASSESSMENTS("saved assessment", "saved assessments"),
        ESCALATIONS("piece of advice raised", "pieces of advice raised"),
        PLANS("plan version", "plan versions"),
        WORKSTATION("workstation check", "workstation checks"),
        BREAKS("movement break", "movement breaks");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }

        /** "1 diary entry", "3 diary entries". */
        public String count(int number) {
            return number + " " + (number == 1 ? one : many);
        }
    }

    /** Items added in all. */
    public int added() {
        return counts.stream().mapToInt(Count::added).sum();
    }

    /** How many of {@code kind} were new. */
    public int added(Kind kind) {
        return counts.stream().filter(count -> count.kind() == kind).mapToInt(Count::added).sum();
    }

    /** The counts of a record as it is, for an export: everything in it. */
    public static List<Count> of(PersonRecord record) {
        return List.of(
                new Count(Kind.DIARY, record.diary().size(), 0),
                new Count(Kind.SESSIONS, record.sessions().size(), 0),
                new Count(Kind.MEASURES, record.measures().size(), 0),
                new Count(Kind.ASSESSMENTS, record.assessments().size(), 0),
                new Count(Kind.ESCALATIONS, record.escalations().size(), 0),
                new Count(Kind.PLANS, record.plans().size(), 0),
                new Count(Kind.WORKSTATION, record.workstationChecks().size(), 0),
                new Count(Kind.BREAKS, record.breaks().size(), 0));
    }
}
