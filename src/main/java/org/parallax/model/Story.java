package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Reports of one real-world event.
 *
 * @param id deterministic, derived from the founding article
 * @param title the founding article's title
 * @param articles member article ids, earliest first
 * @param first id of the earliest article
 * @param evidence why each article is in the story, in the order of {@code articles}
 */
public record Story(String id, String title, List<String> articles, String first,
    List<Membership> evidence) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    Objects.requireNonNull(first, "first");
    evidence = List.copyOf(evidence);
  }
}
