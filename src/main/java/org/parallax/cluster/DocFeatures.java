package org.parallax.cluster;

import java.time.LocalDate;
import java.util.Set;
import org.parallax.model.Article;

/**
 * What the clusterer compares, computed once per article when it arrives.
 *
 * @param index arrival position
 * @param text TF-IDF vector of the words (headline twice), weighted with the statistics seen so far
 * @param names TF-IDF vector of the capitalized names
 * @param embedding pooled unit sentence embedding, or {@code null} when embeddings are off
 * @param date publication date or {@code null}
 * @param years years the text mentions
 * @param place dateline place, lower-cased, or {@code null}
 * @param monthDays days the text names without a year ("Dec. 14"), as {@code month * 32 + day}
 * @param numbers the counts and measures the text gives ("23 pirates", "magnitude 5.9")
 * @param topNames ids of the article's most heavily weighted names
 */
record DocFeatures(int index, Article article, SparseVector text, SparseVector names,
    float[] embedding, LocalDate date, Set<Integer> years, String place, Set<Integer> monthDays,
    Set<String> numbers, int[] topNames) {}
