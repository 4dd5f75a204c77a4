/**
 * The portal's chrome: app shell, main layout with access-filtered side navigation, language switcher,
 * the education-only disclaimer shown on every page, the public start page and the error handling.
 * Exposed as the named interface {@code ui} so feature views (e.g. the sign-in page) can reuse the chrome.
 */
@NullMarked
@NamedInterface("ui")
package com.medvisionlab.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
