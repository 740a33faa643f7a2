package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Problem;
import dev.topology.formats.internal.HardenedYaml.Replace;
import dev.topology.formats.internal.HardenedYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One value interpolated as the Compose specification's "Interpolation" (compose-spec
 * {@code 12-interpolation.md}) says, from the variables given.
 */
class InterpolationTest {
  private final List<Problem> problems = new ArrayList<>();
  private final Interpolation variables = new Interpolation(
      Map.of("TAG", "v1", "EMPTY", "", "a", "1", "z", "2", "A", "3", "Z", "4", "_x", "5"));

  private String apply(String text) {
    return variables.apply(text, "services.web.image", false, problems);
  }

  private List<String> problems() {
    return problems.stream().map(p -> p.place() + p.message()).toList();
  }

  /** {@code ${V<op>${V<op>...x}}}, {@code n} expressions deep. */
  private static String nested(String operator, int n) {
    return "${V" + operator + (n == 1 ? "x" : nested(operator, n - 1)) + "}";
  }

  @Test
  void apply_namesOfLettersDigitsAndUnderscore_eachLetterAtTheRangeEnds() {
    assertThat(apply("$a-$z-$A-$Z-$_x-${a}${Z}")).isEqualTo("1-2-3-4-5-14");
    assertThat(problems).isEmpty();
  }

  @Test
  void apply_dollarNotStartingAName_keptAsItIs() {
    assertThat(apply("price: 5$")).isEqualTo("price: 5$");
    assertThat(apply("$5 and $-")).isEqualTo("$5 and $-");
    assertThat(apply("$$TAG")).isEqualTo("$TAG");
    assertThat(problems).isEmpty();
  }

  @Test
  void apply_unsetVariable_emptyOrAProblemWhenItMustBeSet() {
    assertThat(apply("app:$MISSING")).isEqualTo("app:");
    assertThat(variables.apply("app:$MISSING", "services.web.image", true, problems)).isNull();
    assertThat(variables.apply("app:${MISSING}", "services.web.image", true, problems)).isNull();
    assertThat(problems()).containsExactly(
        "services.web.image: The variable 'MISSING' is not set and has no default; give it a"
            + " value, or a default with ${MISSING:-value}.",
        "services.web.image: The variable 'MISSING' is not set and has no default; give it a"
            + " value, or a default with ${MISSING:-value}.");
  }

  @Test
  void apply_setVariableThatMustBeSet_itsValue() {
    assertThat(variables.apply("app:$TAG", "p", true, problems)).isEqualTo("app:v1");
    assertThat(problems).isEmpty();
  }

  @Test
  void apply_defaults_colonAlsoForEmpty() {
    assertThat(apply("${EMPTY:-d}|${EMPTY-d}|${MISSING-d}|${TAG:-d}")).isEqualTo("d||d|v1");
  }

  @Test
  void apply_nestedDefault_interpolatedInTurn() {
    assertThat(apply("${MISSING:-${TAG}}-${MISSING:-${OTHER:-x}}")).isEqualTo("v1-x");
  }

  @Test
  void apply_alternative_onlyWhenSet() {
    assertThat(apply("[${TAG:+on}][${MISSING:+on}][${EMPTY:+on}][${EMPTY+on}]"))
        .isEqualTo("[on][][][on]");
    assertThat(apply("${TAG:+tag-$TAG}")).isEqualTo("tag-v1");
  }

  @Test
  void apply_requiredAndSet_itsValue() {
    assertThat(apply("${TAG:?a tag is needed}/${EMPTY?never}")).isEqualTo("v1/");
    assertThat(problems).isEmpty();
  }

  @Test
  void apply_requiredAndMissing_composeGoMessage() {
    assertThat(apply("${EMPTY:?set EMPTY for $TAG}")).isNull();
    assertThat(apply("${MISSING?}")).isNull();
    assertThat(problems()).containsExactly(
        "services.web.image: required variable EMPTY is missing a value: set EMPTY for v1",
        "services.web.image: required variable MISSING is missing a value.");
  }

  @Test
  void apply_requiredWithAReasonThatIsItselfWrong_onlyThatProblem() {
    assertThat(apply("${MISSING?${}}")).isNull();
    assertThat(problems()).containsExactly("services.web.image: The value '${}' holds ${},"
        + " which names no variable; a name is letters, digits and _, not starting with a digit.");
  }

  @Test
  void apply_unclosedBrace_refusedWithTheValue() {
    assertThat(apply("app:${TAG")).isNull();
    assertThat(apply("${TAG:-x$")).isNull();
    assertThat(problems()).containsExactly(
        "services.web.image: The value 'app:${TAG' opens '${' without closing it with '}'; write"
            + " $$ for a literal $.",
        "services.web.image: The value '${TAG:-x$' opens '${' without closing it with '}'; write"
            + " $$ for a literal $.");
  }

  @Test
  void apply_nameStartingWithADigit_refused() {
    assertThat(apply("${1TAG}")).isNull();
    assertThat(problems()).containsExactly("services.web.image: The value '${1TAG}' holds"
        + " ${1TAG}, which names no variable; a name is letters, digits and _, not starting with"
        + " a digit.");
  }

  @Test
  void apply_unknownOperator_refusedListingTheKnownOnes() {
    assertThat(apply("${TAG/v/w}")).isNull();
    assertThat(problems()).containsExactly("services.web.image: The value '${TAG/v/w}' holds"
        + " ${TAG/v/w}, which is not an interpolation Compose knows; use ${NAME},"
        + " ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}, ${NAME:+other} or"
        + " ${NAME+other}.");
  }

  @Test
  void apply_sixteenNestedLevels_interpolated() {
    assertThat(apply(nested(":-", 17))).isEqualTo("x");
    assertThat(problems).isEmpty();
  }

  @Test
  void apply_seventeenNestedLevels_refusedWhateverTheOperator() {
    Interpolation set = new Interpolation(Map.of("V", "v"));
    assertThat(apply(nested(":-", 18))).isNull();
    assertThat(apply(nested("?", 18))).isNull();
    assertThat(set.apply(nested(":+", 18), "services.web.image", false, problems)).isNull();
    assertThat(problems()).containsOnly("services.web.image: The value nests interpolations"
        + " more than 16 deep.").hasSize(3);
    assertThat(problems).allMatch(p -> p.kind() == Problem.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void check_valueUnderOverrideTag_interpolatedToo() {
    variables.check(Map.of("services", Map.of("web", Map.of("image",
        new Replace("app:${MISSING?give a tag}")))), problems);
    assertThat(problems()).containsExactly(
        "services.web.image: required variable MISSING is missing a value: give a tag");
  }
}
