/**
 * The domain model: plain immutable records with ids, and {@link nl.veldwerk.model.Project}, the
 * aggregate that holds them and checks their invariants. Depends on nothing else of Veldwerk.
 */
package nl.veldwerk.model;
