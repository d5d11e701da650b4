-- A host application's own first migration, in Flyway's default location: Levman's scripts must
-- never meet it there.
CREATE TABLE host_customer (
    id   VARCHAR(40)  PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
