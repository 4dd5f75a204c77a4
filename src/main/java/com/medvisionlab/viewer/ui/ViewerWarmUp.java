package com.medvisionlab.viewer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Put on a page that lists cases: while the browser is idle it loads the viewer's code and starts Cornerstone, so the
 * case a user opens from the list draws its first image without waiting for megabytes of script
 * ({@code frontend/components/dicom-viewer-warm-up.ts}). Shows nothing.
 */
@Tag("dicom-viewer-warm-up")
@JsModule("./components/dicom-viewer-warm-up.ts")
public class ViewerWarmUp extends Component {}
