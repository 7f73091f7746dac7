/**
 * Analysis of the coded data: code-document tables, code co-occurrence, word frequencies, inter-coder
 * agreement and merging coders' projects. Plain computations over a {@link nl.veldwerk.model.Project}.
 */
package nl.veldwerk.analysis;
