package dev.unknot.web;

import dev.unknot.account.Enrolment;
import java.util.List;
import java.util.Optional;

/**
 * What the second-factor page shows: whether it is on, a secret being set up, recovery codes just
 * made (shown once), and any mistake with the field at fault.
 */
public record SecondFactorView(
        boolean enabled,
        Optional<Enrolment> setup,
        List<String> recoveryCodes,
        Optional<String> error,
        Optional<String> field,
        String next) {
    public SecondFactorView {
        recoveryCodes = List.copyOf(recoveryCodes);
    }

    static SecondFactorView of(boolean enabled, Optional<Enrolment> setup) {
        return new SecondFactorView(
                enabled, setup, List.of(), Optional.empty(), Optional.empty(), "/account");
    }

    SecondFactorView withError(String field, String error) {
        return new SecondFactorView(
                enabled, setup, recoveryCodes, Optional.of(error), Optional.of(field), next);
    }
}
