/**
 * Shared kernel of the portal: the clock, languages and translations ({@link com.medvisionlab.base.SupportedLanguage},
 * the {@code I18NProvider} over {@code messages*.properties}), and {@link com.medvisionlab.base.AuditableEvent},
 * the one way any feature asks for something to be written to the audit trail, with the
 * {@link com.medvisionlab.base.AuditableAction} each feature lists in its own enum. Depends on no other feature.
 */
@NullMarked
package com.medvisionlab.base;

import org.jspecify.annotations.NullMarked;
