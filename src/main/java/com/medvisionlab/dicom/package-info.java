/**
 * Plain-Java DICOM core (no Spring): data model, streaming reader and writer, character sets, dictionary, JSON and
 * text dumps.
 */
package com.medvisionlab.dicom;
