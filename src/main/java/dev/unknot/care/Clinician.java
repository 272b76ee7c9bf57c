package dev.unknot.care;

/**
 * A clinician's account as the care team sees it: the person id of their account, the user name
 * they sign in with, the name people see, and their clinic.
 */
public record Clinician(long personId, String username, String displayName, Clinic clinic) {}
