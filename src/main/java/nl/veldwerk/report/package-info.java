/** Exports for people and other programs: spreadsheets, CSV files and images of the analyses. */
package nl.veldwerk.report;
