/**
 * The JavaFX window, the only code that uses javafx and org.fxmisc, in feature packages around a thin
 * shell (docs/decisions/0012): {@code app} (the application context every feature works with, and the
 * global flows), {@code common} (dialogs, i18n, preferences, the task runner), one package per feature
 * ({@code documents}, {@code coding}, {@code codebook}, {@code memos}, {@code search}, {@code diagrams},
 * {@code analysis}, {@code exchange}, {@code settings}, {@code media}), each with its views beside its view
 * model, and {@code shell} (the application, the main window, the menus), which wires the features together.
 * Views bind to view models and call them; only view models run commands.
 */
package nl.veldwerk.ui;
