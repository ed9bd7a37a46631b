package org.parallax.cluster;

import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Story;

/** Groups articles into stories. Implementations are deterministic for a given input. */
public interface StoryClusterer {
  /** Stories over all given articles; every article is in exactly one story. */
  List<Story> cluster(List<Article> articles);
}
