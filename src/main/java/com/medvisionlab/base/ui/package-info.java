/**
 * The portal's chrome: app shell, main layout with access-filtered side navigation, language switcher,
 * the education-only disclaimer shown on every page, the public start page and the error handling.
 */
@NullMarked
package com.medvisionlab.base.ui;

import org.jspecify.annotations.NullMarked;
