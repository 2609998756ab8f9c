-- What each API key may do (ingest, read, manage; a comma list). Keys issued before scopes existed
-- were issued for ingestion, so they keep exactly that and nothing more.
ALTER TABLE api_key ADD COLUMN scopes VARCHAR(40) NOT NULL DEFAULT 'ingest';
