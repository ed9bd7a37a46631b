package org.parallax.attribution;

import java.util.List;

/**
 * One attribution: the source (null when the text names none), the cue and the content.
 *
 * @param direct true when the content is a quotation in quotation marks
 */
public record Attribution(Span source, Span cue, List<Span> content, boolean direct) {
  public Attribution {
    content = List.copyOf(content);
  }
}
