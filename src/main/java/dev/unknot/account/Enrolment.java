package dev.unknot.account;

/**
 * A second factor being set up: the secret to type into an authenticator app (Base32, in groups of
 * four for reading) and the {@code otpauth://} address a QR code or a phone link carries.
 */
public record Enrolment(String secret, String uri) {
    /** The secret in groups of four characters, as people type it. */
    public String grouped() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "Enrolment[***]";
    }
}
