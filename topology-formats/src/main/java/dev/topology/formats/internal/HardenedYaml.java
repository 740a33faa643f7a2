package dev.topology.formats.internal;

import dev.topology.formats.compose.ComposeFileException;
import java.util.ArrayList;
import java.util.List;

import java.io.StringReader;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns YAML text (a Compose file, a Backstage catalog) into plain Java values (maps, lists,
 * strings, booleans, null) with SnakeYAML, within limits that make hostile text cheap to refuse.
 *
 * <p>The document is first composed into nodes, where an alias is a second reference to its
 * anchor's node, not a copy. Before anything is constructed, one walk over the nodes, in document
 * order and remembering each node's result, counts the nodes the document would have with every
 * alias and merge key expanded, and how deep it would be; a "billion laughs" document is refused
 * there, in time linear in its text. Only then are values constructed, sharing what aliases
 * share.
 *
 * <p>Scalars are resolved as YAML 1.2's core schema resolves them where Compose cares: {@code
 * true}/{@code false} are booleans, {@code null}/{@code ~}/empty are null, {@code <<} is a merge
 * key; everything else stays text, so {@code on}, {@code no}, {@code 1.10} and {@code 0755} are
 * read as written (YAML 1.1 would make booleans and numbers of them).
 *
 * <p>Compose's two merge tags are kept as markers that {@link ComposeMerge} consumes: {@code
 * !reset} on any node becomes {@link Reset#RESET} (its value is ignored, as the specification
 * says), {@code !override} becomes an {@link Replace} holding the plain value. Every other tag
 * is refused; so are these two where the format has no such tags ({@link #documents(String,
 * String)}).
 *
 * <p>Every reader of YAML in this module reads through this class, so each gets the same limits.
 * Its problems are {@link ComposeFileException}s, placed by the dotted path of their key; a
 * reader of another format turns them into its own.
 */
public final class HardenedYaml {
  /** The most characters a document may have: 8 MiB. */
  public static final int MAX_LENGTH = 8 << 20;
  /** The deepest nesting of collections in the text. */
  public static final int MAX_NESTING = 64;
  /** The deepest nesting of collections with aliases and merge keys expanded. */
  public static final int MAX_EXPANDED_DEPTH = 128;
  /** The most nodes the document may have with aliases and merge keys expanded. */
  public static final long MAX_EXPANDED_NODES = 5_000_000;
  /** The most aliases of collections in one document. */
  public static final int MAX_ALIASES = 200_000;
  /** The most documents one text may hold ({@link #documents(String, String)}). */
  public static final int MAX_DOCUMENTS = 100_000;
  /** The longest key of a mapping, in characters. */
  public static final int MAX_KEY_LENGTH = 1024;
  /**
   * The longest line: 1 MiB. SnakeYAML's time grows faster than the length of a line (one line
   * of 7 MiB takes it seconds, seven lines of 1 MiB a second), and no Compose file needs such
   * lines (a long value is written on several).
   */
  public static final int MAX_LINE_LENGTH = 1 << 20;

  /** Compose's {@code !reset} tag: the value is cleared (compose-spec 13-merge.md). */
  public static final Tag RESET = new Tag("!reset");
  /** Compose's {@code !override} tag: the value replaces instead of merging. */
  public static final Tag OVERRIDE = new Tag("!override");
  private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.BOOL, Tag.NULL, Tag.INT,
      Tag.FLOAT, Tag.MAP, Tag.SEQ, Tag.MERGE, RESET, OVERRIDE);
  private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
  private static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL| )$");

  private HardenedYaml() {}

  /** SnakeYAML set up as the reader uses it, and the constructor it builds values with. */
  /**
   * SnakeYAML set up as the readers use it, and the constructor it builds values with.
   *
   * @param yaml the parser
   * @param constructor the constructor of plain values
   */
  public record Parser(Yaml yaml, PlainConstructor constructor) {}

  /** SnakeYAML set up as the reader uses it: limits on, duplicate keys refused, no tags. */
  /**
   * Returns a new parser set up with the limits.
   *
   * @return a parser; not thread-safe, so one per reading
   */
  public static Parser newParser() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setWarnOnDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_LENGTH + 1);
    options.setProcessComments(false);
    options.setTagInspector(tag -> false);
    PlainConstructor constructor = new PlainConstructor(options);
    return new Parser(new Yaml(constructor, new Representer(new DumperOptions()),
        new DumperOptions(), options, new CoreResolver()), constructor);
  }

  /**
   * Reads the single YAML document of {@code text} into plain values.
   *
   * @return the document's value; null for an empty document
   * @throws ComposeFileException if the text is not YAML, holds more than one document, uses a
   *     tag, or exceeds a limit
   */
  public static Object read(String text) {
    return document(text).root();
  }

  /**
   * A document's value, and whether a {@code !reset} or {@code !override} stands anywhere in it
   * (where none does, merging has no marker to settle).
   *
   * @param root the value; null for an empty document
   * @param tagged whether a Compose merge tag stands in it
   */
  public record Document(Object root, boolean tagged) {}

  /**
   * Reads the single YAML document of {@code text} into plain values, as {@link #read(String)}.
   *
   * @return the document's value (null for an empty document) and whether it is tagged
   * @throws ComposeFileException as {@link #read(String)}
   */
  public static Document document(String text) {
    if (text == null) {
      throw new ComposeFileException("", "A Compose file is read from text, not null.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new ComposeFileException("", "The file has " + text.length()
          + " characters, more than the limit of " + MAX_LENGTH + " (8 MiB).");
    }
    checkLines(text);
    Parser parser = newParser();
    try {
      Node root = parser.yaml().compose(new StringReader(text));
      if (root == null) {
        return new Document(null, false);
      }
      Expansion expansion = new Expansion();
      expansion.size(root, null);
      return new Document(parser.constructor().construct(root), expansion.tagged);
    } catch (ComposeFileException e) {
      throw e;
    } catch (MarkedYAMLException e) {
      throw new ComposeFileException("", "The file is not valid YAML: " + describe(e) + ".");
    } catch (YAMLException | IllegalArgumentException | IllegalStateException
        | ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
      // SnakeYAML reports some broken documents with runtime exceptions of its own or of Java.
      throw new ComposeFileException("", "The file is not valid YAML: "
          + firstLine(e.getMessage()) + ".");
    } catch (StackOverflowError e) {
      throw new ComposeFileException("", "The file nests too deeply to be read.");
    }
  }

  /**
   * Reads every YAML document of {@code text} (separated by {@code ---}) into plain values,
   * within the same limits as {@link #read(String)}; the limits on expanded size hold for the
   * documents together. Compose's merge tags are refused like any other tag.
   *
   * @param text the text
   * @param format what the text is, for messages ("a Backstage catalog")
   * @return one value per document, in order; null for an empty document
   * @throws ComposeFileException with the index (from 1) of the document that breaks a rule in
   *     the problem's path ({@code document 2.spec}), if the text is not YAML, uses a tag, holds
   *     more than {@link #MAX_DOCUMENTS} documents, or exceeds a limit
   */
  public static List<Object> documents(String text, String format) {
    if (text == null) {
      throw new ComposeFileException("", "A YAML text is read from text, not null.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new ComposeFileException("", "The file has " + text.length()
          + " characters, more than the limit of " + MAX_LENGTH + " (8 MiB).");
    }
    try {
      checkLines(text);
    } catch (ComposeFileException e) {
      throw placed(e, "document " + documentAt(text, longLine(text)));
    }
    Parser parser = newParser();
    List<Object> values = new ArrayList<>();
    Expansion expansion = new Expansion(format);
    String at = "";
    try {
      for (Node root : parser.yaml().composeAll(new StringReader(text))) {
        at = "document " + (values.size() + 1);
        if (values.size() == MAX_DOCUMENTS) {
          throw new ComposeFileException(at, "The file holds more than " + MAX_DOCUMENTS
              + " documents, the limit; split it into several files.");
        }
        if (root == null) {
          values.add(null);
          continue;
        }
        expansion.size(root, new At(null, at));
        if (expansion.tagged) {
          throw new ComposeFileException(at, "Compose's merge tags (!reset, !override) are not"
              + " allowed; " + format + " holds plain mappings, lists and text.");
        }
        values.add(parser.constructor().construct(root));
      }
      return values;
    } catch (ComposeFileException e) {
      throw placed(e, "document " + (values.size() + 1));
    } catch (MarkedYAMLException e) {
      throw new ComposeFileException("document " + (values.size() + 1),
          "The file is not valid YAML: " + describe(e) + ".");
    } catch (YAMLException | IllegalArgumentException | IllegalStateException
        | ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
      throw new ComposeFileException("document " + (values.size() + 1),
          "The file is not valid YAML: " + firstLine(e.getMessage()) + ".");
    } catch (StackOverflowError e) {
      throw new ComposeFileException("document " + (values.size() + 1),
          "The file nests too deeply to be read.");
    }
  }

  /** The problems of {@code e}, those about no place put in {@code document}. */
  private static ComposeFileException placed(ComposeFileException e, String document) {
    if (e.problems().stream().allMatch(p -> p.path().filter(s -> !s.isEmpty()).isPresent())) {
      return e;
    }
    return new ComposeFileException(e.problems().stream()
        .map(p -> p.path().filter(s -> !s.isEmpty()).isPresent() ? p
            : p.toBuilder().path(document).build())
        .toList());
  }

  /**
   * The index (from 1) of the document holding the character at {@code offset}: one more than
   * the {@code ---} lines before it, less the one that opens the first document when nothing
   * but comments, directives and blank lines stands before it.
   */
  private static int documentAt(String text, int offset) {
    int index = 1;
    boolean content = false;
    int start = 0;
    while (start < offset && start < text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      String line = text.substring(start, Math.min(stop, start + 4));
      if (line.startsWith("---") && (line.length() == 3 || line.charAt(3) == ' '
          || line.charAt(3) == '\r' || line.charAt(3) == '\t')) {
        index += content ? 1 : 0;
        content = true;
      } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("%")) {
        content = true;
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return index;
  }

  /** Refuses a line longer than {@link #MAX_LINE_LENGTH}, naming it. */
  private static void checkLines(String text) {
    int start = longLine(text);
    if (start < 0) {
      return;
    }
    int line = 1;
    for (int i = 0; i < start; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    int end = text.indexOf('\n', start);
    int length = (end < 0 ? text.length() : end) - start;
    throw new ComposeFileException("", "Line " + line + " has " + length
        + " characters, more than the limit of " + MAX_LINE_LENGTH + " (1 MiB) for a line;"
        + " write a long value on several lines.");
  }

  /** The offset where the first line longer than {@link #MAX_LINE_LENGTH} starts, or -1. */
  private static int longLine(String text) {
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      if (stop - start > MAX_LINE_LENGTH) {
        return start;
      }
      if (end < 0) {
        return -1;
      }
      start = end + 1;
    }
    return -1;
  }

  private static String describe(MarkedYAMLException e) {
    StringBuilder text = new StringBuilder();
    if (e.getContext() != null) {
      text.append(e.getContext()).append(' ');
    }
    text.append(e.getProblem() == null ? "unreadable text" : e.getProblem());
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    if (mark != null) {
      text.append(" (line ").append(mark.getLine() + 1).append(", column ")
          .append(mark.getColumn() + 1).append(')');
    }
    return firstLine(text.toString());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable text";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }

  /** The value of a node tagged {@code !reset}: remove or clear what it is merged onto. */
  public enum Reset {
    /** The one marker. */
    RESET
  }

  /**
   * The value of a node tagged {@code !override}: replaces what it is merged onto.
   *
   * @param value the plain value
   */
  public record Replace(Object value) {}

  /** Constructs plain values only; a node with any other tag was refused before. */
  public static final class PlainConstructor extends SafeConstructor {
    /**
     * Creates a constructor with the limits of {@code options}.
     *
     * @param options the limits
     */
    private final CoreResolver scalars = new CoreResolver();

    public PlainConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(RESET, new org.yaml.snakeyaml.constructor.AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          return Reset.RESET;
        }
      });
      yamlConstructors.put(OVERRIDE, new org.yaml.snakeyaml.constructor.AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          return new Replace(plain(node));
        }
      });
    }

    /** The node's value as if it had no tag. */
    private Object plain(Node node) {
      if (node instanceof MappingNode mapping) {
        return constructMapping(mapping);
      }
      if (node instanceof SequenceNode sequence) {
        return constructSequence(sequence);
      }
      ScalarNode scalar = (ScalarNode) node;
      Tag tag = scalars.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, scalar.getValue(), true);
      if (Tag.NULL.equals(tag)) {
        return null;
      }
      return Tag.BOOL.equals(tag) ? Boolean.valueOf(scalar.getValue().toLowerCase(
          java.util.Locale.ROOT)) : scalar.getValue();
    }

    /**
     * Constructs the value of a document's root node.
     *
     * @param node the root
     * @return the plain value
     */
    public Object construct(Node node) {
      return constructDocument(node);
    }
  }

  /** YAML 1.2's core schema for booleans and null, the merge key, and text for the rest. */
  public static final class CoreResolver extends Resolver {
    /** Creates the resolver. */
    public CoreResolver() {}

    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }

  /** A place in the document, spelled out only for a message. */
  private record At(At parent, String key) {
    static String text(At at) {
      if (at == null) {
        return "";
      }
      String before = text(at.parent);
      return before.isEmpty() ? at.key
          : at.key.startsWith("[") ? before + at.key : before + "." + at.key;
    }
  }

  /**
   * The walk that sizes the expanded document: per node, the nodes and depth it stands for, with
   * the nodes of aliases counted every time they are used. Remembered per node, so the walk costs
   * one visit per node of the text.
   */
  private static final class Expansion {
    /** What a scalar stands for: itself, one level deep. */
    private static final long[] SCALAR = {1, 1};

    private final String format;
    private final Map<Node, long[]> done = new IdentityHashMap<>();
    private final Set<Node> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Whether a node is tagged {@code !reset} or {@code !override}. */
    boolean tagged;

    Expansion() {
      this("a Compose file");
    }

    Expansion(String format) {
      this.format = format;
    }

    /** {nodes, depth} of the node expanded. */
    long[] size(Node node, At path) {
      if (node instanceof ScalarNode) {
        // A scalar contains nothing, so it cannot be recursive, and costs the same each time:
        // not remembering the most numerous nodes keeps the walk's tables small.
        checkTag(node, path);
        return SCALAR;
      }
      long[] known = done.get(node);
      if (known != null) {
        return known;
      }
      if (!open.add(node)) {
        throw new ComposeFileException(At.text(path), "An alias refers to a value that contains it;"
            + " recursive values are not allowed.");
      }
      checkTag(node, path);
      long nodes = 1;
      long depth = 0;
      if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          String key = keyText(tuple.getKeyNode());
          At at = new At(path, key);
          if (key.length() > MAX_KEY_LENGTH) {
            throw new ComposeFileException(At.text(path), "A key has " + key.length()
                + " characters, more than the limit of " + MAX_KEY_LENGTH + ".");
          }
          long[] k = size(tuple.getKeyNode(), at);
          long[] v = size(tuple.getValueNode(), at);
          nodes = add(add(nodes, k[0]), v[0]);
          depth = Math.max(depth, Math.max(k[1], v[1]));
        }
      } else if (node instanceof SequenceNode sequence) {
        int index = 0;
        for (Node item : sequence.getValue()) {
          long[] v = size(item, new At(path, "[" + index++ + "]"));
          nodes = add(nodes, v[0]);
          depth = Math.max(depth, v[1]);
        }
      }
      long[] result = {nodes, depth + 1};
      if (result[0] > MAX_EXPANDED_NODES) {
        throw tooLarge();
      }
      if (result[1] > MAX_EXPANDED_DEPTH) {
        throw new ComposeFileException(At.text(path), "The file's aliases and merge keys nest values more"
            + " than " + MAX_EXPANDED_DEPTH + " deep.");
      }
      open.remove(node);
      done.put(node, result);
      return result;
    }

    private void checkTag(Node node, At path) {
      if (!PLAIN_TAGS.contains(node.getTag())) {
        throw new ComposeFileException(At.text(path), "The tag " + node.getTag().getValue()
            + " is not allowed; " + format + " holds plain mappings, lists and text.");
      }
      tagged |= node.getTag().equals(RESET) || node.getTag().equals(OVERRIDE);
    }

    private static ComposeFileException tooLarge() {
      return new ComposeFileException("", "The file's aliases and merge keys expand it to more"
          + " than " + MAX_EXPANDED_NODES + " values; it is refused as a \"billion laughs\""
          + " document.");
    }

    private static long add(long a, long b) {
      return Math.min(MAX_EXPANDED_NODES + 1, a + b);
    }

    private static String keyText(Node key) {
      if (key instanceof ScalarNode scalar) {
        return scalar.getValue();
      }
      return "(" + key.getNodeId().name().toLowerCase(java.util.Locale.ROOT) + " key)";
    }
  }
}
