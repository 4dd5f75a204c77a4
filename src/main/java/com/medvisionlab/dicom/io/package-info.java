/** Streaming DICOM parser, Part 10 file reader and writer, transfer syntaxes and read options. */
package com.medvisionlab.dicom.io;
