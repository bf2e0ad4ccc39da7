-- what a job's LLM could do and what it cost (issue 10): llm_state ok, fallback, stopped or offline, with the
-- provider's reason and the remedy; the papers of the served digest the offline engine wrote; the tokens the
-- providers counted and the estimated cost (null when no price is configured)
ALTER TABLE repair_job ADD COLUMN llm_state VARCHAR(16);
ALTER TABLE repair_job ADD COLUMN llm_reason VARCHAR(1000);
ALTER TABLE repair_job ADD COLUMN llm_remedy VARCHAR(200);
ALTER TABLE repair_job ADD COLUMN offline_papers INTEGER;
ALTER TABLE repair_job ADD COLUMN llm_calls INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE repair_job ADD COLUMN prompt_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE repair_job ADD COLUMN completion_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE repair_job ADD COLUMN cached_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE repair_job ADD COLUMN cost DOUBLE PRECISION;
