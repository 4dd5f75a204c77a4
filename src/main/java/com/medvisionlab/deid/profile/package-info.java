/**
 * PS3.15 Table E.1-1 as data (generated resource), its option columns and the rules that turn a table cell into
 * the treatment of one element; Table E.3.10-1 (safe private attributes, hand-checked resource) for Retain Safe Private.
 */
@NullMarked
package com.medvisionlab.deid.profile;

import org.jspecify.annotations.NullMarked;
