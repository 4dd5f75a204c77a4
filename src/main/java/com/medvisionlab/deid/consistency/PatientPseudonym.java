package com.medvisionlab.deid.consistency;

/** The replacement Patient ID and Patient Name for one original patient. */
public record PatientPseudonym(String patientId, String patientName) {}
