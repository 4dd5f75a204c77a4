/** Streaming DICOM parser, Part 10 file reader and writer, transfer syntaxes and read options. */
@NullMarked
package com.medvisionlab.dicom.io;

import org.jspecify.annotations.NullMarked;
