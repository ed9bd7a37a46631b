package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;
import org.parallax.model.Story;
import org.parallax.text.Normalizer;

class OneStrongMemberTest {
  private static Article article(String name, String outlet, String when, String title,
      String body) throws Exception {
    return Normalizer.create().normalize(new RawDocument(name, org.parallax.model.Format.TEXT,
        body, null, outlet, title, when, null, false, 0, null));
  }

  @Test
  void aReportThatMatchesOneMemberClearlyJoinsItsStory() throws Exception {
    List<Article> articles = new ArrayList<>();
    articles.add(article("wire.txt", "Meridian Press", "2026-10-03T09:12:00Z",
        "Navy patrol boat collides with trawler in Vessa Strait, two missing",
        "A patrol boat of the Rendan navy collided with a fishing trawler in the Vessa Strait early"
            + " on Saturday, leaving two fishermen missing, the navy and a fishermen's union said."
            + "\n\nThree crew members were pulled from the water, navy spokesman Capt. Ilse Marr"
            + " said. She said the trawler, the Kestra, had been sailing without lights.\n\nThe"
            + " Coastal Fishermen's Union said the Kestra's skipper, Jon Aro, had told it the patrol"
            + " boat had changed course without warning."));
    articles.add(article("agency.txt", "Rendan News Agency", "2026-10-03T10:40:00Z",
        "Defence minister: patrol boat acted in line with maritime law",
        "Minister of Defence Paulo Veiga stated that the patrol boat \"Orla\" acted in full"
            + " accordance with maritime law during the incident in the Vessa Strait.\n\n\"Our vessel"
            + " acted in full accordance with maritime law. The trawler had switched off its"
            + " transponder,\" Veiga told journalists.\n\nAccording to the minister, four members of"
            + " the crew were rescued, one fisherman remains missing."));
    articles.add(article("union.txt", "Coastal Fishermen's Union", "2026-10-03T16:20:00Z",
        "Skipper of the Kestra: \"They turned straight into us\"",
        "Jon Aro, the skipper of the trawler Kestra, spoke to the union on Saturday afternoon from"
            + " the hospital in Molt, where he is being treated for hypothermia.\n\n\"We had our"
            + " lights on, and our transponder was working the whole night,\" Aro said. \"The"
            + " patrol boat turned straight into us. There was no radio call, no warning.\"\n\nHe"
            + " said two of his men were still missing."));
    articles.add(article("other.txt", "Meridian Press", "2026-10-03T11:00:00Z",
        "Orbix unveils foldable e-reader",
        "Consumer electronics maker Orbix on Saturday unveiled a foldable e-reader priced at 249"
            + " euros, which it said would ship in October. \"Readers wanted a bigger page,\""
            + " product chief Dana Vell said."));
    List<Story> stories = StoryClusterers.standard().cluster(articles);
    assertEquals(2, stories.size(), stories.toString());
    Story collision = stories.stream().filter(s -> s.articles().size() == 3).findFirst()
        .orElseThrow(() -> new AssertionError(stories.toString()));
    assertEquals(3, collision.articles().size());
  }
}
