/** Per-file and per-run accounting of de-identification: action counts, findings, JSON and human summaries. */
package com.medvisionlab.deid.report;
