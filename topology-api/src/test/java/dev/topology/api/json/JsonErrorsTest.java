package dev.topology.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The translation of the parser's exceptions for shapes no document reaches today, so that a
 * parser upgrade cannot make a message name a Java type or lose its place.
 */
class JsonErrorsTest {
  @Test
  void streamError_withoutMessageOrPlace_saysUnreadableAtTheRoot() {
    assertThat(JsonErrors.translate(new StreamReadException(null, (String) null), "$.x"))
        .hasMessage("$: not valid JSON: unreadable input.");
    assertThat(JsonErrors.translate(new StreamReadException(null, "two\nlines",
        new TokenStreamLocation(null, 10, -1, -1)), "$.x")).hasMessage("$: not valid JSON: two");
    assertThat(JsonErrors.translate(new StreamReadException(null, "\nsecond line",
        new TokenStreamLocation(null, 0, 0, 0)), "$.x"))
        .hasMessage("line 0, column 0: not valid JSON: ");
    assertThat(JsonErrors.translate(new StreamReadException(null, "one line",
        new TokenStreamLocation(null, 10, 1, 4)), "$.x"))
        .hasMessage("line 1, column 4: not valid JSON: one line");
  }

  @Test
  void streamError_sourceNote_removed() {
    assertThat(JsonErrors.translate(new StreamReadException(null, "Unexpected end-of-input:"
        + " expected close marker for Array (start marker at [Source: REDACTED; line: 1,"
        + " column: 14])", new TokenStreamLocation(null, 14, 1, 15)), "$"))
        .hasMessage("line 1, column 15: not valid JSON: Unexpected end-of-input: expected close"
            + " marker for Array");
  }

  @Test
  void constraintError_withoutPlace_breaksASizeLimitAtTheRoot() {
    assertThat(JsonErrors.translate(new StreamConstraintsException("Too long."), "$.x"))
        .hasMessage("$: the document breaks a size limit: Too long.");
  }

  @Test
  void otherError_firstLineOfItsMessageWithPath() {
    TopologyJsonException translated = JsonErrors.translate(
        new tools.jackson.core.JacksonException("Something else.\nDetails.") {
          private static final long serialVersionUID = 1L;
        }, "$.services[3]");
    assertThat(translated).hasMessage("$.services[3]: Something else.");
    assertThat(translated.path()).isEqualTo("$.services[3]");
  }
}
