/**
 * The portal's storage wiring: {@code medvision.storage.*} settings to the one {@code BlobStore} bean, always the
 * encrypting decorator over the configured backend. The only Spring code of the storage feature.
 */
@NullMarked
package com.medvisionlab.storage.config;

import org.jspecify.annotations.NullMarked;
