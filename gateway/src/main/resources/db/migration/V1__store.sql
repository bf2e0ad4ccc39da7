-- One set of migrations for H2 2.4 and PostgreSQL 15: only types and syntax both accept
-- (BYTEA, TEXT, TIMESTAMP WITH TIME ZONE, FOR UPDATE SKIP LOCKED in queries).

-- A digest is a name; every upload of it is a revision, kept so that nothing stored is ever lost.
CREATE TABLE digest (
    name             VARCHAR(100) PRIMARY KEY,
    current_revision INTEGER                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE digest_revision (
    digest_name      VARCHAR(100)             NOT NULL REFERENCES digest (name),
    revision         INTEGER                  NOT NULL,
    format           VARCHAR(16)              NOT NULL,
    -- where it came from: api, import:<url>, watch:<file name>
    origin           VARCHAR(2100)            NOT NULL,
    source           BYTEA                    NOT NULL,
    source_sha256    CHAR(64)                 NOT NULL,
    -- the parser's answer (ParseResult), kept so that reads never call the parser
    parse_json       TEXT                     NOT NULL,
    papers           INTEGER                  NOT NULL,
    papers_to_repair INTEGER                  NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the last finished repair of this revision
    repaired         BYTEA,
    repaired_sha256  CHAR(64),
    repaired_job_id  VARCHAR(36),
    repaired_at      TIMESTAMP WITH TIME ZONE,
    papers_repaired  INTEGER DEFAULT 0        NOT NULL,
    papers_failed    INTEGER DEFAULT 0        NOT NULL,
    PRIMARY KEY (digest_name, revision)
);

CREATE TABLE repair_job (
    id             VARCHAR(36) PRIMARY KEY,
    digest_name    VARCHAR(100)             NOT NULL,
    revision       INTEGER                  NOT NULL,
    -- null, or the engine whose fields are written again (offline)
    upgrade        VARCHAR(32),
    state          VARCHAR(16)              NOT NULL,
    total          INTEGER DEFAULT 0        NOT NULL,
    done           INTEGER DEFAULT 0        NOT NULL,
    failed         INTEGER DEFAULT 0        NOT NULL,
    cached         INTEGER DEFAULT 0        NOT NULL,
    summarized     INTEGER DEFAULT 0        NOT NULL,
    message        VARCHAR(2000),
    -- the gateway instance running it, and when it last said so: a stale heartbeat frees the job
    owner          VARCHAR(64),
    heartbeat_at   TIMESTAMP WITH TIME ZONE,
    engine         VARCHAR(64),
    model          VARCHAR(200),
    prompt_version VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    FOREIGN KEY (digest_name, revision) REFERENCES digest_revision (digest_name, revision)
);

CREATE INDEX repair_job_claim ON repair_job (state, created_at);
CREATE INDEX repair_job_digest ON repair_job (digest_name, created_at);

-- Every paper a job has finished: a resumed job skips these.
CREATE TABLE job_paper (
    job_id      VARCHAR(36)              NOT NULL REFERENCES repair_job (id),
    paper_index INTEGER                  NOT NULL,
    outcome     VARCHAR(16)              NOT NULL,
    cache_key   CHAR(64),
    error       VARCHAR(4000),
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_id, paper_index)
);

-- The cache: every repaired paper under the hash of what it was made from.
CREATE TABLE repaired_paper (
    cache_key       CHAR(64) PRIMARY KEY,
    -- the same hash without engine, model and prompt version: a repair made under another
    -- summarizer configuration is reused unless an upgrade asks otherwise
    content_key     CHAR(64)                 NOT NULL,
    engine          VARCHAR(64)              NOT NULL,
    model           VARCHAR(200)             NOT NULL,
    prompt_version  VARCHAR(64)              NOT NULL,
    fields_json     TEXT                     NOT NULL,
    provenance_json TEXT                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX repaired_paper_content ON repaired_paper (content_key, created_at);
