package dev.unknot.web;

/**
 * One answer a person can pick on a wizard page: the code sent, the words shown, and whether it is
 * picked.
 */
public record Choice(String id, String code, String label, boolean checked) {}
