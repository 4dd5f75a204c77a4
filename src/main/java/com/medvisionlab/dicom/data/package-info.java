/** The in-memory DICOM data model: value representations, tags, datasets, sequences and pixel-data values. */
package com.medvisionlab.dicom.data;
