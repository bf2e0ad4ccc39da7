-- A revision's bodies in tables of their own. H2 stores a row whole and reads it whole for any of its
-- columns, so with the upload, the parser's answer and the repaired digest inline every look at a
-- revision's state (the served digest's stamp, the index, the job's progress) read megabytes, and
-- every finished repair rewrote the upload with it. The repaired digest, written again by every
-- repair, is apart from the two written once.
CREATE TABLE digest_source (
    digest_name VARCHAR(100) NOT NULL,
    revision    INTEGER      NOT NULL,
    source      BYTEA        NOT NULL,
    -- the parser's answer (ParseResult), kept so that reads never call the parser
    parse_json  TEXT         NOT NULL,
    PRIMARY KEY (digest_name, revision),
    FOREIGN KEY (digest_name, revision) REFERENCES digest_revision (digest_name, revision)
);

CREATE TABLE digest_repaired (
    digest_name VARCHAR(100) NOT NULL,
    revision    INTEGER      NOT NULL,
    -- the last finished repair of the revision (its job and hash are on digest_revision)
    repaired    BYTEA        NOT NULL,
    PRIMARY KEY (digest_name, revision),
    FOREIGN KEY (digest_name, revision) REFERENCES digest_revision (digest_name, revision)
);

INSERT INTO digest_source (digest_name, revision, source, parse_json)
SELECT digest_name, revision, source, parse_json FROM digest_revision;

INSERT INTO digest_repaired (digest_name, revision, repaired)
SELECT digest_name, revision, repaired FROM digest_revision WHERE repaired IS NOT NULL;

ALTER TABLE digest_revision DROP COLUMN source;
ALTER TABLE digest_revision DROP COLUMN parse_json;
ALTER TABLE digest_revision DROP COLUMN repaired;

-- The engines that wrote each finished paper's fields ("offline", "llm+offline"): a job's view counts
-- them, so that a client need not read the whole digest for one line of figures. Null for papers
-- finished before this column existed.
ALTER TABLE job_paper ADD COLUMN engines VARCHAR(200);
