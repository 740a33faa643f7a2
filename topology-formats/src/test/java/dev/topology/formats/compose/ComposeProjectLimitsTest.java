package dev.topology.formats.compose;

import static dev.topology.formats.compose.ComposeMergeTest.merged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project reads at most 1000 files, given or included. */
class ComposeProjectLimitsTest {
  private static String[] given(int files) {
    String[] texts = new String[files];
    java.util.Arrays.fill(texts, "services: {}");
    return texts;
  }

  /** compose.yaml including f1.yml ... fN.yml, each defining one service. */
  private static ComposeProject including(int files) {
    Map<String, String> resolvable = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= files; i++) {
      resolvable.put("f" + i + ".yml", "services: {s" + i + ": {}}");
      names.add("f" + i + ".yml");
    }
    return merged(resolvable, "include: [" + String.join(", ", names) + "]\nservices: {}");
  }

  @Test
  void read_thousandGivenFiles_readButNotOneMore() {
    assertThat(merged(given(ComposeLoading.MAX_FILES)).files())
        .hasSize(ComposeLoading.MAX_FILES);
    assertThatThrownBy(() -> merged(given(ComposeLoading.MAX_FILES + 1)))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("override1000.yaml: The project reads more than 1000 files; that is the"
            + " limit.");
  }

  @Test
  void read_thousandFilesWithTheIncluded_readButNotOneMore() {
    assertThat(including(ComposeLoading.MAX_FILES - 1).topology().size())
        .isEqualTo(ComposeLoading.MAX_FILES - 1);
    assertThatThrownBy(() -> including(ComposeLoading.MAX_FILES))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("compose.yaml: include[999]: The project reads more than 1000 files; that"
            + " is the limit.");
  }
}
