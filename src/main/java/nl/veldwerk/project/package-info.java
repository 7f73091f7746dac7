/**
 * The open project: the one place that changes the model, through undoable {@link
 * nl.veldwerk.project.Command}s on a {@link nl.veldwerk.project.CommandStack}, with change events for
 * the views, the store and the index.
 */
package nl.veldwerk.project;
