-- Web accounts: a person who signs up gets a profile (person row) of their own, a bcrypt password hash
-- and sign-in sessions kept only as SHA-256 hashes of their cookie tokens. Deleting the person deletes
-- all of it through the foreign keys.
CREATE TABLE account (
    person_id      BIGINT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    username       VARCHAR(40) NOT NULL UNIQUE,
    password_hash  VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sign_in (
    token_hash   VARCHAR(64) PRIMARY KEY,
    person_id    BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_person ON sign_in (person_id);
