-- Rate limits shared by every instance (ratelimit.SharedBuckets): one row per client address and limited action,
-- holding Bucket4j's state in its own binary form. PostgreSQL only (application-postgres.properties adds this
-- location); on H2 the buckets stay in each instance's memory.
--
-- Bucket4j 8.10 writes only the id and the state and never deletes a row, so the trigger notes when a bucket was last
-- used and the purge deletes rows idle for longer than the longest window (a full bucket is the same as no row).
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(128) PRIMARY KEY,
    state      BYTEA,
    touched_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE INDEX rate_limit_bucket_touched_at ON rate_limit_bucket (touched_at);

CREATE FUNCTION rate_limit_bucket_touch() RETURNS trigger AS $$
BEGIN
    NEW.touched_at := now();
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER rate_limit_bucket_touched BEFORE UPDATE ON rate_limit_bucket
    FOR EACH ROW EXECUTE FUNCTION rate_limit_bucket_touch();
