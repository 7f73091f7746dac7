/**
 * REFI-QDA 1.5 exchange: .qdpx projects and .qdc codebooks, read leniently (as ATLAS.ti, NVivo, MAXQDA,
 * QualCoder and Taguette really write them) and written strictly to the schema. Offsets are converted
 * here, at the boundary: REFI counts code points (NVivo: UTF-16 units), Veldwerk uses String indices.
 */
package nl.veldwerk.interop;
