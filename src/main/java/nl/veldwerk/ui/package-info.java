/**
 * The JavaFX application: views and view models. The only package that uses javafx and org.fxmisc.
 * View models hold state as properties and no controls; views bind to them.
 */
package nl.veldwerk.ui;
