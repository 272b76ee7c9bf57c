-- Account security: a second factor (TOTP, RFC 6238) with one-time recovery codes, the flag that makes
-- an account need one, and half sign-ins that wait for their code. One schema for H2 and PostgreSQL.

-- The TOTP secret (Base32, as the authenticator app is given it; a code cannot be checked without it,
-- so it is kept as is, not hashed). Not in use until confirmed_at is set by a first right code.
-- last_step is the newest time step whose code was accepted: a code is good once.
CREATE TABLE authenticator (
    person_id     BIGINT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    secret        VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    last_step     BIGINT NOT NULL
);

-- Recovery codes, kept only as SHA-256 hashes; used_at is set when one is spent.
CREATE TABLE recovery_code (
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (person_id, code_hash)
);

-- Set for accounts that must sign in with a second factor (clinicians), enrolled or not yet.
ALTER TABLE account ADD COLUMN second_factor_required BOOLEAN DEFAULT FALSE NOT NULL;

-- A half sign-in: the password was right, the code is still due. It opens nothing but the code step.
ALTER TABLE sign_in ADD COLUMN second_factor_due BOOLEAN DEFAULT FALSE NOT NULL;
