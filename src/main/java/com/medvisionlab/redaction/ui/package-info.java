/**
 * Views of the redaction review: the quarantine list, the list of images needing confirmation, and the review view
 * with the box editor ({@code frontend/components/redaction-editor.ts}).
 */
@NullMarked
package com.medvisionlab.redaction.ui;

import org.jspecify.annotations.NullMarked;
