/**
 * Plain-Java DICOM core (no Spring): data model, streaming reader and writer, character sets, dictionary, JSON and
 * text dumps. Packages depend one way: {@code charset} and {@code dict} know nothing of files, {@code data} holds
 * values, {@code io} parses and writes them, {@code json} and {@code dump} format them.
 *
 * <pre>{@code
 * DicomFile file = DicomReader.read(Path.of("ct.dcm"));                  // pixel data > 64 KiB stays in the file
 * Dataset ds = file.dataset();
 * String name = ds.getString(Tags.PatientName).orElse("");               // decoded with (0008,0005)
 * int rows = ds.getInt(Tags.Rows).orElseThrow();
 * ds.setString(Tags.PatientName, VR.PN, "Anonymous");
 * ds.remove(Tags.PatientBirthDate);
 * DicomWriter.write(file, Path.of("out.dcm"), WriteOptions.defaults());  // explicit VR LE, or the source syntax
 *                                                                        // when the pixel data is compressed
 * // Header only, nothing of the pixel data read:
 * ReadOptions headerOnly = ReadOptions.builder().pixelData(ReadOptions.PixelDataHandling.STOP_BEFORE).build();
 * // Streaming without a Dataset: new DicomInputStream(in, size, path, options).readDataset(handler)
 * }</pre>
 *
 * Errors are {@link com.medvisionlab.dicom.DicomException}s whose message names the file, offset, tag and VR as far
 * as they are known; {@link com.medvisionlab.dicom.data.MalformedValueException} is thrown by accessors when a
 * stored value does not fit its VR.
 */
@NullMarked
package com.medvisionlab.dicom;

import org.jspecify.annotations.NullMarked;
