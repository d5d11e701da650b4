-- The host's own table: who completed which work item, with the host's note.
CREATE TABLE host_completion (
  work_item VARCHAR(200) NOT NULL,
  person    VARCHAR(100) NOT NULL,
  note      VARCHAR(2000) NOT NULL
);
