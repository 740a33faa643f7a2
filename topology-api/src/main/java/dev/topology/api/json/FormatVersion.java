package dev.topology.api.json;

import tools.jackson.core.JsonToken;

/**
 * The version of the document being read, as far as it is known: a document declares it in
 * {@code "formatVersion"}, anywhere among its root's fields, and a document that declares none is
 * format 1, as release 0.1.0 wrote it. What belongs to one version only is noted where it is met
 * and refused once the version is known to be the other.
 */
final class FormatVersion {
  /** The version this library writes. */
  static final int CURRENT = 2;

  /** 0 until the document declares its version. */
  private int declared;
  private String firstOfOnePath;
  private String firstOfOne;
  private String firstOfTwoPath;
  private String firstOfTwo;

  /** The declared version, or 0 if the document has declared none so far. */
  int declared() {
    return declared;
  }

  /** Reads the value of {@code "formatVersion"}, on which {@code in} stands. */
  void read(JsonInput in) {
    JsonToken token = in.token();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      throw in.expected("a version number such as " + CURRENT);
    }
    if (token == JsonToken.VALUE_STRING) {
      throw in.error("the format version is a number, not text: write " + in.string()
          + " without quotes; this library reads versions 1 and 2.");
    }
    String text = textOf(in);
    if (token != JsonToken.VALUE_NUMBER_INT || !(text.equals("1") || text.equals("2"))) {
      throw in.error("format version " + text + " is not known; this library reads versions 1"
          + " and 2.");
    }
    declared = Integer.parseInt(text);
    if (declared == 1 && firstOfTwo != null) {
      throw new TopologyJsonException(firstOfTwoPath, ofTwoMessage(firstOfTwo));
    }
    if (declared == 2 && firstOfOne != null) {
      throw new TopologyJsonException(firstOfOnePath, ofOneMessage(firstOfOne));
    }
  }

  private static String textOf(JsonInput in) {
    return switch (in.token()) {
      case VALUE_NULL -> "null";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      default -> in.numberText();
    };
  }

  /**
   * Notes that the value at {@code in}'s path belongs to format 1 only.
   *
   * @param what the value in words, such as {@code "the field 'x'"}
   */
  void sawFormatOne(JsonInput in, String what) {
    if (declared == 2) {
      throw in.error(ofOneMessage(what));
    }
    if (firstOfOne == null) {
      firstOfOne = what;
      firstOfOnePath = in.path();
    }
  }

  /**
   * Notes that the value at {@code in}'s path belongs to format 2 only.
   *
   * @param what the value in words, such as {@code "the field 'labels'"}
   */
  void sawFormatTwo(JsonInput in, String what) {
    if (declared == 1) {
      throw in.error(ofTwoMessage(what));
    }
    if (firstOfTwo == null) {
      firstOfTwo = what;
      firstOfTwoPath = in.path();
    }
  }

  /** The version of the whole document, once its root has been read. */
  int settle() {
    if (declared != 0) {
      return declared;
    }
    if (firstOfTwo != null) {
      throw new TopologyJsonException(firstOfTwoPath, ofTwoMessage(firstOfTwo));
    }
    declared = 1;
    return declared;
  }

  private String ofOneMessage(String what) {
    return what + " belongs to format 1, but the document declares \"formatVersion\": 2.";
  }

  private String ofTwoMessage(String what) {
    return what + " belongs to format 2, but the document is read as format 1: it declares "
        + (declared == 1 ? "\"formatVersion\": 1" : "no \"formatVersion\"")
        + "; add \"formatVersion\": 2 as its first field.";
  }
}
