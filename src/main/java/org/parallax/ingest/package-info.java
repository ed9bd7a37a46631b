/**
 * Ingest: turns files, folders and stdin into {@link org.parallax.model.RawDocument}s.
 *
 * <p>{@link org.parallax.ingest.Readers} is the only entry point. It detects each input's format
 * from its content (the file name is only a tie-breaker), hands it to one package-private reader
 * per format (plain text, HTML, RSS/Atom, WARC, JSON lines) and reports every document found and
 * every input that could not be used to an {@link org.parallax.ingest.IngestSink}. A bad input
 * never stops the batch: it becomes one {@link org.parallax.model.Rejected} naming the input and
 * the reason, and a multi-record file keeps the records that were readable.
 *
 * <p>Parsers run with safe settings: XML DOCTYPEs are refused (so no entity is ever expanded or
 * fetched), sizes are bounded by {@link org.parallax.ingest.IngestOptions}, and JSON lines and
 * WARC files are streamed, never loaded whole.
 */
package org.parallax.ingest;
