/**
 * Turns transcript files (.txt, .docx, .rtf, .odt) into {@link nl.veldwerk.model.Document}s: text
 * normalised once (LF line ends, no BOM), with speaker turns and timestamps detected.
 */
package nl.veldwerk.importer;
