-- The pipeline's crawl of a day (data/<date>.jsonl: the papers before its AI step), kept to restore
-- the papers a digest of that day lacks. One crawl a day; a new upload of the day replaces it.
CREATE TABLE crawl (
    crawl_date    CHAR(10) PRIMARY KEY,
    source        BYTEA                    NOT NULL,
    source_sha256 CHAR(64)                 NOT NULL,
    -- distinct papers, and their arXiv ids one a line in the crawl's order
    papers        INTEGER                  NOT NULL,
    paper_ids     TEXT                     NOT NULL,
    origin        VARCHAR(2100)            NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A revision made by restoring dropped papers: the revision it was made from, the crawl, and the
-- papers it added (arXiv ids one a line).
CREATE TABLE digest_restore (
    digest_name   VARCHAR(100) NOT NULL,
    revision      INTEGER      NOT NULL,
    from_revision INTEGER      NOT NULL,
    crawl_date    CHAR(10)     NOT NULL,
    paper_ids     TEXT         NOT NULL,
    PRIMARY KEY (digest_name, revision),
    FOREIGN KEY (digest_name, revision) REFERENCES digest_revision (digest_name, revision)
);
