-- Levman schema, version 3: the state of each instance stored with it (a snapshot, never evidence),
-- with the history head it was taken at, so that a command reads one row instead of the history.
-- Instances from before version 3 have none; the engine replays their history and stores one at
-- their next change.
ALTER TABLE levman_instance ADD COLUMN IF NOT EXISTS head_sequence BIGINT;
ALTER TABLE levman_instance ADD COLUMN IF NOT EXISTS head_hash VARCHAR(64);
ALTER TABLE levman_instance ADD COLUMN IF NOT EXISTS snapshot_format INTEGER;
ALTER TABLE levman_instance ADD COLUMN IF NOT EXISTS snapshot LONGTEXT;
