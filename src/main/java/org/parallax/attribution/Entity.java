package org.parallax.attribution;

import java.util.List;

/**
 * A person, organization or place named in one article, with every surface form that refers to
 * it there (names, titles, role descriptions and pronouns resolved to it).
 *
 * @param type {@code person}, {@code organization} or {@code place}
 */
public record Entity(String name, String type, List<String> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
