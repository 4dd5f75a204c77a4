package com.medvisionlab.dicom.io;

import com.medvisionlab.dicom.data.Dataset;

/**
 * A parsed DICOM object: the file meta information (group 0002; empty for a bare dataset), the main dataset and the
 * transfer syntax it was encoded in.
 */
public record DicomFile(Dataset fileMeta, Dataset dataset, TransferSyntax transferSyntax) {}
