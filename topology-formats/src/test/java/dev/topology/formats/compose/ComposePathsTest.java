package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paths handed to a resolver: normalized as text, relative to the project folder. */
class ComposePathsTest {
  @Test
  void normalize_dotsAndRepeatedSlashes_removed() {
    assertThat(ComposePaths.normalize("./a//b/./c/../d.yml")).isEqualTo("a/b/d.yml");
    assertThat(ComposePaths.normalize("../../x.yml")).isEqualTo("../../x.yml");
    assertThat(ComposePaths.normalize("/srv/../../etc/x.yml")).isEqualTo("/etc/x.yml");
  }

  @Test
  void resolve_fromAFilesFolder_relativeOrAbsolute() {
    assertThat(ComposePaths.resolve("sub", "../base.yml")).isEqualTo("base.yml");
    assertThat(ComposePaths.resolve("", "../shared.yml")).isEqualTo("../shared.yml");
    assertThat(ComposePaths.resolve("sub", "/abs/x.yml")).isEqualTo("/abs/x.yml");
  }

  @Test
  void relative_toTheProjectFolder_upwardWhereItLeaves() {
    assertThat(ComposePaths.relative("deploy", "deploy/common/x.yml")).isEqualTo("common/x.yml");
    assertThat(ComposePaths.relative("deploy", "other/x.yml")).isEqualTo("../other/x.yml");
    assertThat(ComposePaths.relative("/srv/app", "/srv/lib/x.yml")).isEqualTo("../lib/x.yml");
    assertThat(ComposePaths.relative("/srv/app", "rel/x.yml")).isEqualTo("rel/x.yml");
  }

  @Test
  void folder_ofAPath_emptyForTheCurrentOne() {
    assertThat(ComposePaths.folder("compose.yaml")).isEmpty();
    assertThat(ComposePaths.folder("a/b/compose.yaml")).isEqualTo("a/b");
    assertThat(ComposePaths.folder("/compose.yaml")).isEqualTo("/");
  }
}
