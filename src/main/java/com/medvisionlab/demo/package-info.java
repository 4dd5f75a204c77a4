/**
 * Demo content: on the first start of a fresh install (setting {@code medvision.demo.seed}, true by default) the
 * portal generates its own images ({@link com.medvisionlab.demo.phantom}), takes them in through
 * {@link com.medvisionlab.ingest.Ingestion} like any upload (so they are de-identified like real data), and creates
 * a demo course with a published demo case set per language: the same two cases (a CT with lung nodules, a chest
 * radiograph with a pneumothorax and a nodule) written in English and in Simplified Chinese. Case text is
 * single-language in the course model, so bilingual content is two case sets, each tagged with its language
 * ({@code en} / {@code zh}). A row in {@code demo_seed} makes seeding happen once.
 */
@NullMarked
package com.medvisionlab.demo;

import org.jspecify.annotations.NullMarked;
