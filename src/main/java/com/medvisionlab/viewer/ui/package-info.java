/**
 * The Vaadin side of the viewer: {@link com.medvisionlab.viewer.ui.DicomViewer}, a component with a typed API that
 * any feature's page embeds. Exposed as the named interface {@code ui}.
 */
@NullMarked
@NamedInterface("ui")
package com.medvisionlab.viewer.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
