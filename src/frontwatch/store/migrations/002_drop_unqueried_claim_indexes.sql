-- Claims are written once per analysis run and read back through iter_claims, whose filters are
-- report_id (the primary key), event_type and place_id (their indexes stay). No query looks claims
-- up by claim_id alone (UNIQUE (report_id, claim_id) already indexes it per report) or by
-- when_start/when_end, and every index is one more b-tree to update per stored claim. An issue
-- that adds such a query adds the index it needs in its own migration.
DROP INDEX IF EXISTS claims_claim_id;
DROP INDEX IF EXISTS claims_when;
