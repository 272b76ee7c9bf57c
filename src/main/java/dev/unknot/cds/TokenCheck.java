package dev.unknot.cds;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.unknot.store.Database;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the bearer token of a CDS Hooks call, with Nimbus JOSE+JWT doing every cryptographic step:
 * the issuer is on the allow-list; the key is chosen by {@code kid} from that issuer's JWK set
 * only; the algorithm is RSA or ECDSA ({@code none} and every HMAC refused, so a public key can
 * never be used as a shared secret); {@code exp} and {@code iat} are required, {@code exp} in the
 * future and {@code iat} not (with {@link #SKEW} either way, on unknot's clock); {@code aud} is
 * exactly the address called; and {@code jti} is required and accepted once (claimed in the
 * database, so servers sharing it share the memory). Thread-safe.
 */
public final class TokenCheck {
    /** The clock difference tolerated between the EHR and unknot. */
    public static final Duration SKEW = Duration.ofSeconds(60);

    static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(
                    JWSAlgorithm.RS256,
                    JWSAlgorithm.RS384,
                    JWSAlgorithm.RS512,
                    JWSAlgorithm.ES256,
                    JWSAlgorithm.ES384,
                    JWSAlgorithm.ES512,
                    JWSAlgorithm.PS256,
                    JWSAlgorithm.PS384,
                    JWSAlgorithm.PS512);

    private static final int MAX_TOKEN = 16 * 1024;

    private final List<TrustedEhr> trusted;
    private final Database database;
    private final Clock clock;

    public TokenCheck(List<TrustedEhr> trusted, Database database, Clock clock) {
        this.trusted = List.copyOf(trusted);
        this.database = database;
        this.clock = clock;
    }

    /** Checks the {@code Authorization} header of a call to {@code audience} (the full address). */
    public Token check(Optional<String> authorization, String audience) {
        if (authorization.isEmpty()
                || !authorization.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Token.Refused(401, "no bearer token");
        }
        String token = authorization.get().substring(7).strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN) {
            return new Token.Refused(401, "empty or oversized token");
        }
        SignedJWT jwt;
        String issuer;
        try {
            jwt = SignedJWT.parse(token);
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return new Token.Refused(401, "not a signed JWT: " + e.getMessage());
        }
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            return new Token.Refused(401, "algorithm not allowed: " + algorithm);
        }
        if (jwt.getHeader().getKeyID() == null) {
            return new Token.Refused(401, "no kid in the header");
        }
        Optional<TrustedEhr> ehr =
                trusted.stream().filter(known -> known.issuer().equals(issuer)).findFirst();
        if (ehr.isEmpty()) {
            return new Token.Refused(401, "issuer not trusted: " + issuer);
        }
        JWTClaimsSet claims;
        try {
            claims = processor(ehr.get()).process(jwt, null);
        } catch (BadJOSEException | JOSEException e) {
            return new Token.Refused(401, "rejected for " + issuer + ": " + e.getMessage());
        }
        Instant now = clock.instant();
        Date issued = claims.getIssueTime();
        if (issued.toInstant().isAfter(now.plus(SKEW))) {
            return new Token.Refused(401, "iat in the future for " + issuer);
        }
        List<String> audiences = claims.getAudience();
        if (audiences.size() != 1 || !audiences.get(0).equals(audience)) {
            return new Token.Refused(403, "aud " + audiences + " is not " + audience);
        }
        String jti = claims.getJWTID();
        if (jti.isBlank() || jti.length() > 200) {
            return new Token.Refused(401, "unusable jti from " + issuer);
        }
        Instant expires = claims.getExpirationTime().toInstant().plus(SKEW);
        boolean first = database.inTransaction(tx -> tx.cds().claim(issuer, jti, expires, now));
        if (!first) {
            return new Token.Refused(401, "jti replayed from " + issuer);
        }
        return new Token.Accepted(ehr.get());
    }

    private DefaultJWTProcessor<SecurityContext> processor(TrustedEhr ehr) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, ehr.keys()));
        DefaultJWTClaimsVerifier<SecurityContext> verifier =
                new DefaultJWTClaimsVerifier<>(
                        null,
                        new JWTClaimsSet.Builder().issuer(ehr.issuer()).build(),
                        Set.of("iss", "aud", "exp", "iat", "jti"),
                        null) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(clock.instant());
                    }
                };
        verifier.setMaxClockSkew((int) SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(verifier);
        return processor;
    }
}
