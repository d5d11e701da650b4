/** What host systems call: the engine facade, commands, results and rejections, the work list and history queries. */
package nl.levman.api;
