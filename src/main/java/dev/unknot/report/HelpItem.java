package dev.unknot.report;

/**
 * Where to get help, as printed: who or what ("In an emergency", "A pharmacist") and when or how
 * ("Call 999 now or go to A&amp;E.").
 */
public record HelpItem(String who, String when) {
    public HelpItem {
        Handout.requireText("who", who);
        Handout.requireText("when", when);
    }
}
