package dev.topology.api.json;

import dev.topology.api.Deployment;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What format 1, as release 0.1.0 wrote it, says in words of its own, and how those words are
 * read into the general model. Format 1 knew two choices of the CircleCI Server catalog only:
 * whether LDAP is in use, and whether object storage is {@code fileserved} or S3. Its conditions
 * were the four names below; its deployments had the fields {@code ldap} and {@code
 * objectStorage}; its images were names of their services. This is the one place of the library
 * that names those choices.
 */
final class FormatOne {
  private static final String LDAP = "ldap";
  private static final String STORAGE = "objectStorage";
  private static final String FILESERVED = "fileserved";
  private static final String S3 = "s3";

  /** Format 1's conditions, by name, as conditions on the two choices. */
  private static final Map<String, SettingCondition> CONDITIONS = Map.of(
      "LDAP_IN_USE", SettingCondition.when(LDAP, Setting.ON),
      "LDAP_NOT_IN_USE", SettingCondition.when(LDAP, Setting.OFF),
      "S3_IN_USE", SettingCondition.when(STORAGE, S3),
      "S3_NOT_IN_USE", SettingCondition.when(STORAGE, FILESERVED));

  private static final String CONDITION_NAMES =
      "LDAP_IN_USE, LDAP_NOT_IN_USE, S3_IN_USE, S3_NOT_IN_USE";

  /** The fields of a format-1 deployment that format 2 does not have. */
  static final Set<String> DEPLOYMENT_FIELDS = Set.of(LDAP, STORAGE);

  private FormatOne() {}

  /**
   * Reads a condition given by name, on which {@code in} stands, noting the choice it is on.
   *
   * @param used the names of the choices the document's conditions use so far
   */
  static SettingCondition condition(JsonInput in, Set<String> used) {
    String name = in.string();
    SettingCondition condition = CONDITIONS.get(name);
    if (condition == null) {
      throw in.error("'" + name + "' is not one of " + CONDITION_NAMES + ".");
    }
    used.addAll(condition.anyOf().keySet());
    return condition;
  }

  /** The choices that the conditions used declare, sorted by name. */
  static List<Setting> choices(Set<String> used) {
    List<Setting> choices = new ArrayList<>();
    for (String name : new TreeSet<>(used)) {
      choices.add(name.equals(LDAP) ? Setting.onOff(LDAP) : Setting.of(STORAGE, FILESERVED, S3));
    }
    return choices;
  }

  /**
   * Reads one of {@link #DEPLOYMENT_FIELDS}, on which {@code in} stands. Values that were 0.1.0's
   * defaults set nothing, so that such a deployment also fits a topology without the choice.
   */
  static void readDeploymentField(JsonInput in, String field, Deployment.Builder deployment) {
    if (field.equals(LDAP)) {
      if (in.flag()) {
        deployment.choose(LDAP, Setting.ON);
      }
    } else if (in.constant(Storage.class) == Storage.S3) {
      deployment.choose(STORAGE, S3);
    }
  }

  /** Format 1's object storages, as it wrote them. */
  private enum Storage { FILESERVED, S3 }

  /**
   * The aliases of a format-1 service: its image was a name of it, so that lookups and
   * dependencies by the image keep working, it becomes an alias (unless it is a name already).
   */
  static List<String> aliasesWithImage(String name, List<String> aliases, String image) {
    if (image == null || image.equals(name) || aliases.contains(image)) {
      return aliases;
    }
    List<String> names = new ArrayList<>(aliases);
    names.add(image);
    return names;
  }
}
