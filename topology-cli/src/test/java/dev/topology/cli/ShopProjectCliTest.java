package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool on a project folder as {@code docker compose up} reads it: {@code compose.yaml} with
 * its override, {@code common.yml} through {@code extends}, and the {@code .env} whose {@code
 * COMPOSE_PROFILES} picks postgres (the project of topology-formats' {@code ShopProjectTest},
 * whose answers are worked out by hand there).
 */
class ShopProjectCliTest {
  private static final Path SHOP =
      Path.of("..", "topology-formats", "src", "test", "resources", "compose", "shop");

  @TempDir
  Path dir;

  private String shop;

  @BeforeEach
  void copyProject() throws IOException {
    Path copy = Files.createDirectory(dir.resolve("shop"));
    try (Stream<Path> files = Files.list(SHOP)) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    shop = copy.toString();
  }

  @Test
  void plan_projectFolder_filesMergedAndDotEnvsProfile() {
    Cli.Result result = Cli.run("plan", "--compose", shop);

    assertThat(result.err()).isEmpty();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Startup plan: 8 services in 4 waves");
    assertThat(lines).contains("Deployment: mysql=off, postgres=on");
    assertThat(result.out()).contains("0     mailpit", "1     migrate", "2     api", "3     web");
  }

  @Test
  void plan_projectFolderWithoutDotEnv_refusedForItsRequiredVariable() {
    Cli.Result result = Cli.run("plan", "--compose", shop, "--no-dotenv");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("common.yml':")
        .contains("required variable DATABASE is missing a value: set DATABASE in .env");
  }

  @Test
  void restart_projectFolder_declaredRestartRestartsTheRestIsChecked() {
    Cli.Result result = Cli.run("restart", "postgres", "--compose", shop, "--json");

    assertThat(result.err()).isEmpty();
    assertThat(result.out().replace(" ", "")).contains("\"rule\":\"DECLARED\"")
        .contains("\"toCheck\":[\"cron\",\"web\",\"worker\"]");
  }
}
