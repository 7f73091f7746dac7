/** The command line: picocli commands that run the same operations as the app, without a window. */
package nl.veldwerk.cli;
