/** Per-file and per-run accounting of de-identification: action counts, findings, JSON and human summaries. */
@NullMarked
package com.medvisionlab.deid.report;

import org.jspecify.annotations.NullMarked;
