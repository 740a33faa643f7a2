package dev.topology.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotingTest {

  @Test
  void quote_plainName_inSingleQuotes() {
    assertThat(Quoting.quote("web")).isEqualTo("'web'");
    assertThat(Quoting.quote("")).isEqualTo("''");
  }

  @Test
  void quote_null_shownUnquoted() {
    assertThat(Quoting.quote(null)).isEqualTo("null");
  }

  @Test
  void quote_controlCharacters_escapedAsLowerCaseUnicode() {
    assertThat(Quoting.quote("a\u001bb\n\t\r\u0000\u007f\u0085"))
        .isEqualTo("'a\\u001bb\\u000a\\u0009\\u000d\\u0000\\u007f\\u0085'");
  }

  @Test
  void quote_directionOverrides_escaped() {
    assertThat(Quoting.quote("a\u202eb\u2066c\u200f\u061c"))
        .isEqualTo("'a\\u202eb\\u2066c\\u200f\\u061c'");
  }

  @Test
  void quote_quotesAndBackslashes_keptAsTheyAre() {
    assertThat(Quoting.quote("it's \"a\" C:\\dir\\u0041"))
        .isEqualTo("'it's \"a\" C:\\dir\\u0041'");
  }

  @Test
  void quote_beyondTheBasicPlane_keptWhole() {
    assertThat(Quoting.quote("db-\uD83D\uDE80")).isEqualTo("'db-\uD83D\uDE80'");
    assertThat(Quoting.quote("caf\u00e9 \u4e2d")).isEqualTo("'caf\u00e9 \u4e2d'");
  }

  @Test
  void quote_loneSurrogates_escaped() {
    assertThat(Quoting.quote("a\uD83Db\uDE80")).isEqualTo("'a\\ud83db\\ude80'");
  }

  @Test
  void quote_longestShown_keptWhole() {
    String name = "a".repeat(Quoting.LONGEST_SHOWN);
    assertThat(Quoting.quote(name)).isEqualTo("'" + name + "'");
  }

  @Test
  void quote_longerText_cutWithEllipsis() {
    String text = "a".repeat(Quoting.LONGEST_SHOWN) + "tail";
    assertThat(Quoting.quote(text)).isEqualTo("'" + "a".repeat(Quoting.LONGEST_SHOWN) + "...'");
    assertThat(Quoting.quote("b".repeat(1 << 20))).hasSize(Quoting.LONGEST_SHOWN + 5);
  }

  @Test
  void quote_cutAtASurrogatePair_neverSplitsIt() {
    String text = "a".repeat(Quoting.LONGEST_SHOWN - 1) + "\uD83D\uDE80" + "tail";
    assertThat(Quoting.quote(text))
        .isEqualTo("'" + "a".repeat(Quoting.LONGEST_SHOWN - 1) + "...'");
  }

  @Test
  void quote_controlCharacterAfterTheCut_notShown() {
    String text = "a".repeat(Quoting.LONGEST_SHOWN) + "\n";
    assertThat(Quoting.quote(text)).doesNotContain("\\u000a").endsWith("...'");
  }
}
