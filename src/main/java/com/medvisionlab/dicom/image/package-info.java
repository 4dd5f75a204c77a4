/**
 * Image description, decoded frames and rendering: {@link com.medvisionlab.dicom.image.ImageDescriptor} says what
 * the pixel data is, {@link com.medvisionlab.dicom.image.RawFrame} holds one decoded frame for the viewer, and
 * {@link com.medvisionlab.dicom.image.FrameRenderer} applies the PS3.3 C.11 display pipeline.
 */
@NullMarked
package com.medvisionlab.dicom.image;

import org.jspecify.annotations.NullMarked;
