package org.parallax.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * ISO 639-1 language of a text, from the n-gram profiles shipped in the optimaize
 * language-detector jar (71 languages). Loaded once per process: profile loading dominates.
 */
final class LanguageIdentifier {
  private static final int SAMPLE_CHARS = 400;
  private static volatile LanguageIdentifier instance;

  private final LanguageDetector detector;
  private final TextObjectFactory texts;

  private LanguageIdentifier() {
    try {
      detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("language profiles missing from the classpath", e);
    }
    texts = CommonTextObjectFactories.forDetectingOnLargeText();
  }

  static LanguageIdentifier get() {
    LanguageIdentifier i = instance;
    if (i == null) {
      synchronized (LanguageIdentifier.class) {
        i = instance;
        if (i == null) {
          i = new LanguageIdentifier();
          instance = i;
        }
      }
    }
    return i;
  }

  /** The language of the text, or {@code null} when no language is reasonably likely. */
  String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    List<DetectedLanguage> probabilities = detector.getProbabilities(texts.forText(sample));
    if (probabilities.isEmpty() || probabilities.get(0).getProbability() < 0.5) {
      return null;
    }
    return normalize(probabilities.get(0).getLocale().getLanguage());
  }

  /** "en-US", "EN", "en_GB" to "en"; anything not a language code to null. */
  static String normalize(String code) {
    if (code == null) {
      return null;
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    int cut = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
    if (cut > 0) {
      c = c.substring(0, cut);
    }
    return c.matches("[a-z]{2}") ? c : null;
  }
}
