package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.bench.ArticleGenerator;
import org.parallax.model.Article;
import org.parallax.model.Format;
import org.parallax.model.Published;
import org.parallax.model.Story;

class OnlineStoriesTest {
  private static Article article(int i, ArticleGenerator.Generated g) {
    String body = g.text().substring(g.text().indexOf("\n\n") + 2);
    return new Article("g" + i, "gen#" + i, Format.JSONL, null, g.outlet(), "metadata", g.title(),
        false, g.place(), new Published(g.date().toString(), g.date(), "metadata", false), "en",
        body, body, "h" + i, List.of(), List.of(), false, i, null);
  }

  @Test
  void workingSetStaysBoundedAsTheArchiveGrows() {
    EventClusterer.Config d = EventClusterers.DEFAULT;
    EventClusterer.Config small = new EventClusterer.Config(d.text(), d.names(), d.embedding(),
        d.days(), d.years(), d.place(), d.calendar(), d.numbers(), d.topNames(), d.threshold(),
        d.windowDays(), d.farMargin(), d.undatedMargin(), d.mergeMargin(), d.refineMargin(), d.maxMembers(), 8,
        d.segments(),
        d.segmentWords());
    Featurizer f = new Featurizer();
    Engine engine = new Engine(small, f, null, true);
    ArticleGenerator gen = new ArticleGenerator(7);
    int max = 0;
    int i = 0;
    for (int event = 0; event < 120; event++) {
      LocalDate date = LocalDate.of(2025, 1, 1).plusDays(event * 2L);
      for (int k = 0; k < 3; k++) {
        engine.assign(f.add(article(i++, gen.forEvent(event, date)), null));
        max = Math.max(max, engine.workingSet());
      }
    }
    // Events two days apart with a ten-day window: a handful active at once, never all 120.
    assertTrue(max <= 16, "working set grew to " + max);
  }

  @Test
  void storyIdsComeFromTheFounderNotFromOrderOrCounters() {
    ArticleGenerator gen = new ArticleGenerator(3);
    List<Article> a = new ArrayList<>();
    for (int event = 0; event < 3; event++) {
      LocalDate date = LocalDate.of(2025, 3, 1).plusDays(event * 20L);
      for (int k = 0; k < 3; k++) {
        a.add(article(event * 3 + k, gen.forEvent(event, date)));
      }
    }
    StoryClusterer c = StoryClusterers.withoutEmbeddings();
    List<Story> first = c.cluster(a);
    List<Article> reversed = new ArrayList<>(a);
    java.util.Collections.reverse(reversed);
    List<Story> second = c.cluster(reversed);
    Set<String> ids1 = new HashSet<>();
    first.forEach(s -> ids1.add(s.id() + s.articles()));
    Set<String> ids2 = new HashSet<>();
    second.forEach(s -> ids2.add(s.id() + s.articles()));
    assertEquals(ids1, ids2, "same articles, same dates: same stories and ids");
    assertEquals(3, first.size());
    assertNotEquals(first.get(0).id(), first.get(1).id());
  }
}
