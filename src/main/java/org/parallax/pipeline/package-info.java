/**
 * Pipeline: the one place where the stages are wired together. {@link
 * org.parallax.pipeline.Analysis} reads inputs ({@code ingest}), normalizes them ({@code text}),
 * groups them into stories ({@code cluster}) and returns an immutable
 * {@link org.parallax.pipeline.Analysis.Result} that the {@code report} stage writes.
 */
package org.parallax.pipeline;
