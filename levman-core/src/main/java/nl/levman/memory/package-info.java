/** In-memory adapters of every port in nl.levman.spi, so the library works and is tested without a database. */
package nl.levman.memory;
