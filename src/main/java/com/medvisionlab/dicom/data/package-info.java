/** The in-memory DICOM data model: value representations, tags, datasets, sequences and pixel-data values. */
@NullMarked
package com.medvisionlab.dicom.data;

import org.jspecify.annotations.NullMarked;
