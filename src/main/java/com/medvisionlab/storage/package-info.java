/**
 * Blob storage for de-identified objects, encrypted at rest. Plain Java (no Spring), so the command-line tools can
 * use it too; the portal's wiring lives in {@code storage.config}.
 *
 * <p>{@link com.medvisionlab.storage.BlobStore} is the one interface: put from a stream (known or unknown length),
 * get as a stream (from any offset, for frame reads), exists, delete, list by prefix, size. {@link
 * com.medvisionlab.storage.BlobStores} makes the two backends (a directory, written with temp file + atomic rename;
 * an S3-compatible bucket, written with multipart uploads) and the encrypting decorator every installation uses.
 *
 * <p>Envelope encryption: each blob gets a fresh random 256-bit data key. The content is AES-256-GCM in 64 KiB
 * segments, each with the nonce {@code prefix(7) || segment index(4) || last-segment flag(1)} and the blob's header as
 * associated data, so a changed, truncated, reordered or swapped segment fails authentication, and a range read
 * decrypts only the segments it needs (the design of Tink's streaming AEAD). The data key, wrapped with AES-256-GCM by
 * a {@link com.medvisionlab.storage.MasterKey} and bound to the blob's key and header, sits in a small sidecar object
 * {@code <key>.dek}; the sidecar is written last and deleted first, so it marks a complete blob, and deleting it
 * erases the blob cryptographically. {@link com.medvisionlab.storage.KeyRotation} re-wraps the sidecars under a new
 * primary master key without touching the content.
 */
@NullMarked
package com.medvisionlab.storage;

import org.jspecify.annotations.NullMarked;
