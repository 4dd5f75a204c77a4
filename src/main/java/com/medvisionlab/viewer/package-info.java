/**
 * The image viewer: the {@code <dicom-viewer>} web component ({@code frontend/components/dicom-viewer.ts}, built on
 * Cornerstone3D) that reads frames from the portal's own DICOMweb endpoints, and what it exchanges with the server
 * ({@link com.medvisionlab.viewer.ViewerAnnotation}). Knows no course, case or submission: the pages that embed it
 * decide what it shows and where its annotations are kept. Depends on no other feature.
 */
@NullMarked
package com.medvisionlab.viewer;

import org.jspecify.annotations.NullMarked;
