/** A small JSON codec for the trees Levman stores and renders: events, snapshots, documents. */
package nl.levman.json;
