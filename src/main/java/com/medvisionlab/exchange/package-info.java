/**
 * Case-set exchange between installations: a case set is exported as a zip holding {@code manifest.json} (format
 * version, the case set and its cases, every object's UIDs, size and SHA-256) and the de-identified DICOM objects
 * its cases link, read decrypted from the blob store; another installation imports it by checking every hash,
 * refusing unexpected or oversized entries, taking the objects in through {@link com.medvisionlab.ingest.Ingestion}
 * and recreating the case set as a draft in a chosen course. The case set keeps its reading mode and when students
 * see the instructor's annotations, and each case its instructor's annotations (drawn in the reading module, exported
 * and saved back through {@link com.medvisionlab.reading.ReadingService}); open and close dates stay behind, since
 * they belong to the course that runs the set. See {@link com.medvisionlab.exchange.CaseSetExchange}.
 *
 * <p>The objects are de-identified already; ingest de-identifies them again, which is harmless: pseudonyms stay
 * pseudonyms, dates shift once more (by the importing installation's per-patient offset) and every UID is remapped
 * with the importing installation's secret. So the imported study has new UIDs; the import maps the manifest's UIDs
 * to the new ones through the ingest outcomes and links the recreated cases to those.
 */
@NullMarked
package com.medvisionlab.exchange;

import org.jspecify.annotations.NullMarked;
