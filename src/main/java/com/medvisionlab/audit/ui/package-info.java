/** The researchers' audit reader: a paged grid of audit rows and a "verify chain" button. */
@NullMarked
package com.medvisionlab.audit.ui;

import org.jspecify.annotations.NullMarked;
