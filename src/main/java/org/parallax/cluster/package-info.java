/**
 * Cluster: groups articles into {@link org.parallax.model.Story stories}, one real-world event
 * each. {@link org.parallax.cluster.StoryClusterers} builds the configured
 * {@link org.parallax.cluster.StoryClusterer}; implementations are package-private.
 */
package org.parallax.cluster;
