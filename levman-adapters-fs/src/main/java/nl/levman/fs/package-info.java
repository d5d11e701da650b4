/**
 * The ports that need a file system: the document archive (Contractregister, SharePoint Levman) on
 * a root folder, and meeting invitations as iCalendar files.
 */
package nl.levman.fs;
