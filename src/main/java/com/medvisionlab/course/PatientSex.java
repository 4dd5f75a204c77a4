package com.medvisionlab.course;

/** Patient's Sex as DICOM codes it (0010,0040): the de-identified case keeps only this. */
public enum PatientSex {
    M,
    F,
    O
}
