package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link DotEnv}: the syntax compose-go's dotenv parser reads, its edge cases and limits. */
class DotEnvTest {
  @Test
  void parse_plainCommentsExportAndEmpty_asCompose() {
    assertThat(DotEnv.parse("""
        # a comment
          # an indented comment
        A=1
        export B=two words
        C =  spaced   
        D=
        E=a#b
        F=value # a comment
        G=value	#tab is not a comment start
        H: yaml style
        """)).containsExactly(
        Map.entry("A", "1"), Map.entry("B", "two words"), Map.entry("C", "spaced"),
        Map.entry("D", ""), Map.entry("E", "a#b"), Map.entry("F", "value"),
        Map.entry("G", "value\t#tab is not a comment start"), Map.entry("H", "yaml style"));
  }

  @Test
  void parse_quotes_singleLiteralDoubleEscaped() {
    assertThat(DotEnv.parse("""
        S='$HOME \\n # kept'
        Q="line1\\nline2\\t\\"quoted\\" \\\\ \\$HOME \\x"
        E='it\\'s'
        O="\\0101\\012"
        C="value" # comment after a quote
        """)).containsExactly(
        Map.entry("S", "$HOME \\n # kept"),
        Map.entry("Q", "line1\nline2\t\"quoted\" \\ $HOME \\x"),
        Map.entry("E", "it's"), Map.entry("O", "A\\012"), Map.entry("C", "value"));
  }

  @Test
  void parse_multiLineQuotedValue_spansLines() {
    assertThat(DotEnv.parse("CERT=\"-----BEGIN-----\nabc\n-----END-----\"\nNEXT=1\n"))
        .containsExactly(Map.entry("CERT", "-----BEGIN-----\nabc\n-----END-----"),
            Map.entry("NEXT", "1"));
  }

  @Test
  void parse_interpolation_knownFirstThenEarlierLines() {
    Map<String, String> parsed = DotEnv.parse("""
        DB_TYPE=mysql
        VECTOR=weaviate
        PROFILES=${VECTOR:-none},${DB_TYPE:-postgresql},$UNSET.
        SINGLE='${DB_TYPE}'
        DOUBLE="${DB_TYPE}-x"
        """, Map.of("DB_TYPE", "postgresql"));
    assertThat(parsed).containsEntry("PROFILES", "weaviate,postgresql,.")
        .containsEntry("SINGLE", "${DB_TYPE}").containsEntry("DOUBLE", "postgresql-x")
        .containsEntry("DB_TYPE", "mysql");
  }

  @Test
  void parse_keyAlone_takesKnownValueOrStaysUnset() {
    assertThat(DotEnv.parse("HOME\nMISSING\nexport\nLAST", Map.of("HOME", "/root",
        "LAST", "x", "export", "y"))).containsExactly(Map.entry("HOME", "/root"),
        Map.entry("export", "y"), Map.entry("LAST", "x"));
  }

  @Test
  void parse_exportWithATabOrAtTheEnd_asCompose() {
    assertThat(DotEnv.parse("A=1\nexport\tB=2\nexport", Map.of("export", "y")))
        .containsExactly(Map.entry("A", "1"), Map.entry("B", "2"), Map.entry("export", "y"));
  }

  @Test
  void parse_emptyValueAtTheEndOfTheText_empty() {
    assertThat(DotEnv.parse("A=1\nB=")).containsExactly(Map.entry("A", "1"),
        Map.entry("B", ""));
  }

  @Test
  void parse_eightMebibytes_read() {
    String text = "A=1\n#" + "x".repeat(DotEnv.MAX_LENGTH - 5);
    assertThat(text).hasSize(DotEnv.MAX_LENGTH);
    assertThat(DotEnv.parse(text)).containsExactly(Map.entry("A", "1"));
  }

  @Test
  void parse_byteOrderMarkAndCarriageReturns_skipped() {
    assertThat(DotEnv.parse("\uFEFFA=1\r\nB='2'\r\n")).containsExactly(Map.entry("A", "1"),
        Map.entry("B", "2"));
  }

  @Test
  void parse_laterValue_replacesEarlierKeepingItsPlace() {
    assertThat(DotEnv.parse("A=1\nB=2\nA=3\n")).containsExactly(Map.entry("A", "3"),
        Map.entry("B", "2"));
  }

  @Test
  void parse_badNames_everyProblemWithItsLine() {
    assertThatThrownBy(() -> DotEnv.parse("""
        OK=1
        BAD!NAME=1
        TWO WORDS=1
        =nothing
        X=${REQUIRED:?set it}
        """))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("""
            4 problems:
            - line 2: unexpected character '!' in the variable name of 'BAD!NAME=1'; a name is\
             letters, digits, '_', '.', '-', '[' and ']'.
            - line 3: the variable name 'TWO WORDS' contains a space.
            - line 4: '=nothing' sets no variable name before '='.
            - line 5: required variable REQUIRED is missing a value: set it""");
  }

  @Test
  void parse_exportWithoutName_saysSoWithoutAControlCharacter() {
    assertThatThrownBy(() -> DotEnv.parse("A=1\nexport "))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("line 2: 'export ' sets no variable name.");
    assertThatThrownBy(() -> DotEnv.parse("export \nA=1\n"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("line 1: 'export ' sets no variable name.");
  }

  @Test
  void parse_unterminatedQuote_namesLineAndKey() {
    assertThatThrownBy(() -> DotEnv.parse("A=1\nB=\"open\nC=2\n"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("line 2: the quoted value '\"open' of 'B' is not closed; close it with \".");
  }

  @Test
  void parse_tooLong_refused() {
    String text = "A=" + "x".repeat(DotEnv.MAX_LENGTH);
    assertThatThrownBy(() -> DotEnv.parse(text))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("The .env file has 8388610 characters, more than the limit of 8388608"
            + " (8 MiB).");
  }

  @Test
  void parse_null_refused() {
    assertThatThrownBy(() -> DotEnv.parse(null))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("A .env file is read from text and known variables, not null.");
  }

  @Test
  void parse_manyLinesAndDeepInterpolation_linearAndBounded() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      text.append("K").append(i).append("=${K").append(Math.max(0, i - 1)).append(":-v}\n");
    }
    Map<String, String> parsed = DotEnv.parse(text.toString());
    assertThat(parsed).hasSize(100_000).containsEntry("K99999", "v");
    String nested = "A=" + "${X:-".repeat(40) + "v" + "}".repeat(40);
    assertThatThrownBy(() -> DotEnv.parse(nested)).isInstanceOf(ComposeFileException.class)
        .hasMessage("line 1: The value nests interpolations more than 16 deep.");
  }

  @Test
  void write_valuesWithQuotesDollarsAndLines_readBackEqual() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("PLAIN", "1");
    variables.put("TRICKY", "a \"b\" $c ${d} \\n\\ # e\nf'g");
    variables.put("EMPTY", "");
    String text = DotEnv.write(variables);
    assertThat(text).startsWith("PLAIN=\"1\"\nTRICKY=\"a \\\"b\\\" \\$c \\${d} \\\\n\\\\ # e\n");
    assertThat(DotEnv.parse(text)).isEqualTo(variables);
  }

  @Test
  void write_badName_refused() {
    assertThatThrownBy(() -> DotEnv.write(Map.of("1BAD", "x")))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("The variable '1BAD' cannot be written: a name is letters, digits, '_', '.'"
            + " and '-', starting with a letter or '_', with a value that is not null.");
  }
}
