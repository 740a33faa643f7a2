package dev.topology.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The translation of the parser's exceptions for shapes no document of the format produces
 * today, so that a new field or a parser upgrade cannot make a message name a Java type.
 */
class JsonErrorsTest {
  @Test
  void mismatch_unknownOrOtherTargetType_saysADifferentValue() {
    // Without a parser the place is unknown, which reads as the root.
    assertThat(JsonErrors.translate(MismatchedInputException.from(null, (Class<?>) null, "x")))
        .hasMessage("$: expected a different value ($).");
    assertThat(JsonErrors.translate(MismatchedInputException.from(null, Integer.class, "x")))
        .hasMessage("$: expected a different value ($).");
    assertThat(JsonErrors.translate(MismatchedInputException.from(null, String[].class, "x")))
        .hasMessage("$: expected an array ($).");
    assertThat(JsonErrors.translate(MismatchedInputException.from(null, java.util.Map.class,
        "x"))).hasMessage("$: expected an object ($).");
    assertThat(JsonErrors.translate(MismatchedInputException.from(null, boolean.class, "x")))
        .hasMessage("$: expected true or false ($).");
    assertThat(JsonErrors.translate(MismatchedInputException.from(null,
        dev.topology.api.Severity.class, "x")))
        .hasMessage("$: expected one of LOW, MEDIUM, HIGH ($).");
  }

  @Test
  void unknownField_noKnownFields_saysSo() {
    assertThat(JsonErrors.translate(new UnrecognizedPropertyException(null, "x", null,
        Object.class, "x", List.of())))
        .hasMessage("$: unknown field 'x'; expected one of no other field.");
    assertThat(JsonErrors.translate(new UnrecognizedPropertyException(null, "x", null,
        Object.class, "x", null)))
        .hasMessage("$: unknown field 'x'; expected one of no other field.");
  }

  @Test
  void streamError_withoutMessageOrPlace_saysUnreadableAtTheRoot() {
    assertThat(JsonErrors.translate(new StreamReadException(null, (String) null)))
        .hasMessage("$: not valid JSON: unreadable input.");
    assertThat(JsonErrors.translate(new StreamReadException(null, "two\nlines",
        new TokenStreamLocation(null, 10, -1, -1)))).hasMessage("$: not valid JSON: two");
    assertThat(JsonErrors.translate(new StreamReadException(null, "\nsecond line",
        new TokenStreamLocation(null, 0, 0, 0))))
        .hasMessage("line 0, column 0: not valid JSON: ");
    assertThat(JsonErrors.translate(new StreamReadException(null, "one line",
        new TokenStreamLocation(null, 10, 1, 4))))
        .hasMessage("line 1, column 4: not valid JSON: one line");
  }

  @Test
  void otherError_firstLineOfItsMessageWithPath() {
    JacksonException e = DatabindException.from((tools.jackson.core.JsonParser) null,
        "Something else.\nDetails.");
    e.prependPath(new JacksonException.Reference(null, 3));
    e.prependPath(new JacksonException.Reference(null, "services"));
    TopologyJsonException translated = JsonErrors.translate(e);
    assertThat(translated).hasMessage("$.services[3]: Something else.");
    assertThat(translated.path()).isEqualTo("$.services[3]");
  }
}
