/**
 * Dedup: finds syndicated copies, re-posts and lightly edited versions with MinHash signatures
 * over word shingles and LSH banding, verified by the actual resemblance.
 * {@link org.parallax.dedup.NearDuplicates} is the entry point.
 */
package org.parallax.dedup;
