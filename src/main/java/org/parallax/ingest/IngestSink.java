package org.parallax.ingest;

import org.parallax.model.RawDocument;
import org.parallax.model.Rejected;

/** Receives what {@link Readers} found, in input order. Called from one thread. */
public interface IngestSink {
  void document(RawDocument document);

  void rejected(Rejected rejected);
}
