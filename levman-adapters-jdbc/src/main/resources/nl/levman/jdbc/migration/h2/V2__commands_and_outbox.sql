-- Levman schema, version 2 (H2): command ids bound to their command, and the outbox.
-- levman_command: the fingerprint of each command that took effect (its kind, instance, step or
-- work item, person and content), so that a reused id with another fingerprint is refused. Commands
-- recorded before version 2 have no row here; their ids stay taken.
CREATE TABLE IF NOT EXISTS levman_command (
    id            VARCHAR(100) PRIMARY KEY,
    instance_id   VARCHAR(100) NOT NULL,
    fingerprint   VARCHAR(64)  NOT NULL
);
-- levman_outbox: side effects (notifications, meeting requests, starts of linked processes),
-- inserted in the transaction of the change that caused them and deleted once delivered. Claimed
-- per node with a lease, like timers; a failed delivery is due again at due_at, its attempts counted.
CREATE TABLE IF NOT EXISTS levman_outbox (
    id            VARCHAR(200) PRIMARY KEY,
    instance_id   VARCHAR(100) NOT NULL,
    sequence      BIGINT       NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    payload       CLOB NOT NULL,
    recorded_at   BIGINT       NOT NULL,
    attempts      INTEGER      NOT NULL,
    due_at        BIGINT       NOT NULL,
    last_error    VARCHAR(1000),
    lease_owner   VARCHAR(100),
    lease_until   BIGINT
);
CREATE INDEX IF NOT EXISTS levman_outbox_due ON levman_outbox (due_at, id);
