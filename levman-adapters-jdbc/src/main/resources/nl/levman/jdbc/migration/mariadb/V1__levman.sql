-- Levman schema, version 1 (MariaDB). Instants are epoch milliseconds (BIGINT), so that the
-- history's recorded times round-trip exactly on every database.
-- Every table compares text byte for byte (utf8mb4_nopad_bin), whatever the server's or database's
-- default: ids (instances, commands, work items, timers), process keys, suppliers and persons are
-- equal only when they are the same characters. The default utf8mb4_general_ci would make 'cmd-X'
-- and 'Cmd-X', 'café' and 'cafe' one command, and utf8mb4_bin still pads: 'pad' and 'pad ' would be
-- one id.
CREATE TABLE IF NOT EXISTS levman_instance (
    id            VARCHAR(100) PRIMARY KEY,
    process_key   VARCHAR(64)  NOT NULL,
    supplier      VARCHAR(120),
    status        VARCHAR(16)  NOT NULL,
    started_at    BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE TABLE IF NOT EXISTS levman_history (
    instance_id   VARCHAR(100) NOT NULL,
    sequence      BIGINT       NOT NULL,
    recorded_at   BIGINT       NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    command_id    VARCHAR(100),
    type          VARCHAR(40)  NOT NULL,
    payload       LONGTEXT     NOT NULL,
    previous_hash VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    PRIMARY KEY (instance_id, sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE UNIQUE INDEX IF NOT EXISTS levman_history_command ON levman_history (command_id);
CREATE TABLE IF NOT EXISTS levman_work_item (
    id            VARCHAR(200) PRIMARY KEY,
    instance_id   VARCHAR(100) NOT NULL,
    process_key   VARCHAR(64)  NOT NULL,
    step          INTEGER      NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    supplier      VARCHAR(120),
    service       VARCHAR(120),
    assignee      VARCHAR(100),
    period        INTEGER      NOT NULL,
    subjects      LONGTEXT     NOT NULL,
    opened_at     BIGINT       NOT NULL,
    due_at        BIGINT,
    due_sort      BIGINT       NOT NULL,
    definition_version INTEGER NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX IF NOT EXISTS levman_work_by_role ON levman_work_item (role, due_sort, opened_at, id);
CREATE INDEX IF NOT EXISTS levman_work_by_supplier ON levman_work_item (supplier, due_sort, opened_at, id);
CREATE INDEX IF NOT EXISTS levman_work_by_assignee ON levman_work_item (assignee, due_sort, opened_at, id);
CREATE INDEX IF NOT EXISTS levman_work_by_process ON levman_work_item (process_key, due_sort, opened_at, id);
CREATE INDEX IF NOT EXISTS levman_work_by_instance ON levman_work_item (instance_id);
CREATE TABLE IF NOT EXISTS levman_timer (
    id            VARCHAR(200) PRIMARY KEY,
    instance_id   VARCHAR(100) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    due_at        BIGINT       NOT NULL,
    about         VARCHAR(200),
    lease_owner   VARCHAR(100),
    lease_until   BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX IF NOT EXISTS levman_timer_due ON levman_timer (due_at, id);
CREATE INDEX IF NOT EXISTS levman_timer_instance ON levman_timer (instance_id);
-- History is append-only: the database refuses to change or remove a row.
CREATE TRIGGER IF NOT EXISTS levman_history_no_update BEFORE UPDATE ON levman_history
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'levman_history is append-only: UPDATE refused';
CREATE TRIGGER IF NOT EXISTS levman_history_no_delete BEFORE DELETE ON levman_history
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'levman_history is append-only: DELETE refused';
