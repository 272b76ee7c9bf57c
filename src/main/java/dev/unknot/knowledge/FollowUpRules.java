package dev.unknot.knowledge;

import java.util.List;

/**
 * The follow-up rules run after every diary entry ({@code followup.yaml}): no improvement after
 * some days of self-care, worsening week on week, and a red flag answered in the diary.
 */
public record FollowUpRules(Persistent persistent, Worsening worsening, RedFlag redFlag) {

    /** Loads {@code followup.yaml}, checking its citations against the knowledge base's sources. */
    public static FollowUpRules load(KnowledgeBase knowledge) {
        return FollowUpLoader.load(knowledge);
    }

    /** Pain not down by {@code minDropPoints} or {@code minDropPercent} after {@code afterDays}. */
    public record Persistent(
            String id,
            String name,
            int afterDays,
            int minDropPoints,
            int minDropPercent,
            Disposition disposition,
            String advice,
            List<String> sources)
            implements Cited {
        public Persistent {
            sources = List.copyOf(sources);
        }
    }

    /**
     * Average pain of the last {@code windowDays} up by {@code risePoints} against the window
     * before.
     */
    public record Worsening(
            String id,
            String name,
            int windowDays,
            int risePoints,
            Disposition disposition,
            String advice,
            List<String> sources)
            implements Cited {
        public Worsening {
            sources = List.copyOf(sources);
        }
    }

    /** A safety question answered yes in the diary: triage again at once. */
    public record RedFlag(String id, String name, String advice, List<String> sources)
            implements Cited {
        public RedFlag {
            sources = List.copyOf(sources);
        }
    }
}
