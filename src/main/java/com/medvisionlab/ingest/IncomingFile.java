package com.medvisionlab.ingest;

/**
 * One file as it arrived, held in memory only.
 *
 * @param name    what the user called it (file name or zip entry path), for the summary; never a path to open
 * @param content the original bytes; never written anywhere
 */
public record IncomingFile(String name, byte[] content) {}
