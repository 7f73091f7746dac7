/**
 * The project on disk: a folder with a manifest ({@code veldwerk.json}) that names one JSON part for the
 * project-wide data and one per document. A save writes only the parts that changed, under new names,
 * then atomically replaces the manifest: the manifest is the commit point, so a crash at any moment
 * leaves the last completed save intact. See docs/decisions/0002-project-storage.md.
 */
package nl.veldwerk.store;
