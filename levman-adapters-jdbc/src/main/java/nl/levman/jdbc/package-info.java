/**
 * The persistence ports on plain JDBC: instances, history, the work list, timers and processed
 * command ids, on H2, PostgreSQL and MariaDB. One public entry point: {@link nl.levman.jdbc.JdbcStore}.
 */
package nl.levman.jdbc;
