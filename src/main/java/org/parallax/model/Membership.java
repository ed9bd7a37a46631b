package org.parallax.model;

import java.util.List;

/**
 * Why an article is in its story: the scores of its best match when it joined, and what it shares
 * with the story. The founding article has {@code founder} set and no scores.
 *
 * @param score the combined score that decided the join (the mean over the story's members)
 * @param textSimilarity mean TF-IDF cosine with the story's members
 * @param nameSimilarity mean cosine of capitalized names (people, places, organizations)
 * @param embeddingSimilarity mean sentence-embedding cosine, or {@code null} when not computed
 * @param sharedNames names this article shares with the story, strongest first
 * @param sharedTerms other words it shares, strongest first
 * @param duplicateOf when the article is a near-duplicate, the copy it follows into the story
 */
public record Membership(String article, boolean founder, double score, double textSimilarity,
    double nameSimilarity, Double embeddingSimilarity, List<String> sharedNames,
    List<String> sharedTerms, String duplicateOf) {
  public Membership {
    sharedNames = List.copyOf(sharedNames);
    sharedTerms = List.copyOf(sharedTerms);
  }

  public static Membership founder(String article) {
    return new Membership(article, true, 1, 1, 1, null, List.of(), List.of(), null);
  }

  public static Membership duplicate(String article, String original) {
    return new Membership(article, false, 1, 1, 1, null, List.of(), List.of(), original);
  }
}
