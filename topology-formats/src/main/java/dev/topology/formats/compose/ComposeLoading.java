package dev.topology.formats.compose;

import dev.topology.api.Problem;
import dev.topology.api.internal.Quoting;
import dev.topology.formats.internal.HardenedYaml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the files of a project into one document of plain values, as {@code docker compose -f a
 * -f b} loads them: each file in turn has its services' {@code extends} applied (compose-go
 * {@code loader/extends.go}), then its {@code include} files loaded as projects of their own and
 * their services added (compose-spec {@code 14-include.md}, compose-go {@code
 * loader/include.go}), then it is merged onto the files before it ({@link ComposeMerge}).
 *
 * <p>Files that a file names are read through the {@link ComposeFileResolver}, each once, within
 * a bound on their number and on the text read. Every problem is collected, with its file.
 */
final class ComposeLoading {
  /** The most files one read takes in, the given ones included. */
  static final int MAX_FILES = 1000;
  /** The most characters one read takes in through the resolver, in all files: 64 MiB. */
  static final long MAX_RESOLVED_TEXT = 64L << 20;

  private final ComposeFileResolver resolver;
  private final Interpolation interpolation;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> read = new ArrayList<>();
  private final Map<String, Source> sources = new HashMap<>();
  /** By path: why the file could not be read, to repeat at every place that names it. */
  private final Map<String, String> unreadable = new HashMap<>();
  private final Extension extension;
  private String folder = "";
  private long resolvedText;
  /** Whether a file read holds a {@code !reset} or {@code !override}. */
  private boolean tagged;

  /** One file read: its path from the project folder, its name for messages, its values. */
  record Source(String key, String display, Object root) {
    Map<?, ?> services() {
      return root instanceof Map<?, ?> map && map.get("services") instanceof Map<?, ?> services
          ? services : Map.of();
    }
  }

  /**
   * The merged document, the files read, in order, and each given file's own document (extends
   * applied, includes added), by its name in messages, to tell which file a problem is in.
   */
  record Loaded(Object document, List<String> files, Map<String, Object> given) {}

  ComposeLoading(ComposeFileResolver resolver, Interpolation interpolation) {
    this.resolver = resolver;
    this.interpolation = interpolation;
    this.extension = new Extension(this);
  }

  /**
   * Reads the files, merged in order.
   *
   * @param anonymous whether the first file goes unnamed in messages (read from one text)
   */
  Loaded load(List<ComposeFile> files, boolean anonymous) {
    folder = ComposePaths.folder(ComposePaths.normalize(files.get(0).path()));
    Object merged = null;
    Map<String, Object> given = new LinkedHashMap<>();
    String name = null;
    String namedBy = null;
    for (int i = 0; i < files.size(); i++) {
      ComposeFile file = files.get(i);
      String display = i == 0 && anonymous ? "" : file.path();
      String key = ComposePaths.relative(folder, ComposePaths.normalize(file.path()));
      if (read.size() >= MAX_FILES) {
        problems.add(Problems.in(Problem.Kind.LIMIT_EXCEEDED, display, "", tooMany()));
        break;
      }
      Source source = parse(key, display, file.path(), file.text());
      if (source == null) {
        continue;
      }
      Object document = expand(source, new ArrayList<>(List.of(key)));
      given.putIfAbsent(display, document);
      String own = projectName(source);
      if (own != null && name != null && !own.equals(name)) {
        problems.add(Problems.in(Problem.Kind.INCONSISTENT_VALUE, display, "name",
            "The project is named " + Quoting.quote(name) + " by " + namedBy + ", and "
            + Quoting.quote(own)
            + " here; an override file names the same project, or none."));
      } else if (own != null && name == null) {
        name = own;
        namedBy = display.isEmpty() ? "the first file" : "'" + display + "'";
      }
      merged = merged == null ? document
          : new ComposeMerge(display, problems).documents(merged, document);
    }
    if (!problems.isEmpty()) {
      // The walk over every string and the reading of a file or project name find the same
      // missing variable at the same place: report it once.
      throw new ComposeFileException(List.copyOf(new java.util.LinkedHashSet<>(problems)));
    }
    // Without a !reset or !override in any file, merging left no marker to settle.
    return new Loaded(tagged ? ComposeMerge.settled(merged) : merged, List.copyOf(read),
        java.util.Collections.unmodifiableMap(given));
  }

  /** A file with its services extended and its includes added; markers kept for the merge. */
  Object expand(Source source, List<String> including) {
    if (!(source.root() instanceof Map<?, ?> root)) {
      return source.root();
    }
    Map<Object, Object> document = new LinkedHashMap<>(root);
    document.remove("include");
    Map<Object, Object> services = null;
    if (root.get("services") instanceof Map<?, ?> own) {
      services = new LinkedHashMap<>();
      for (Object name : own.keySet()) {
        services.put(name, extension.extended(source, name, new ArrayList<>()));
      }
      document.put("services", services);
    }
    Object include = root.get("include");
    if (include != null) {
      if (services == null) {
        services = new LinkedHashMap<>();
        document.put("services", services);
      }
      new Inclusion(this, source, including).include(include, services);
    }
    return document;
  }

  /**
   * The file at {@code path}, named at {@code place} of {@code from}: read through the resolver
   * once, or null after a problem.
   */
  Source source(String path, Source from, String place) {
    Source known = sources.get(path);
    if (known != null) {
      return known;
    }
    String why = unreadable.containsKey(path) ? unreadable.get(path) : readFile(path);
    known = sources.get(path);
    if (known != null) {
      return known;
    }
    // Empty: the file was read, and its own problems are reported in its name.
    unreadable.put(path, why == null ? "" : why);
    if (why != null && !why.isEmpty()) {
      problems.add(Problems.in(Problem.Kind.UNRESOLVED_REFERENCE, from.display(), place, why));
    }
    return null;
  }

  /** Reads the file through the resolver; the reason it cannot, or null once it is read. */
  private String readFile(String path) {
    if (resolver == null) {
      return "Reading " + Quoting.quote(path) + " needs a file resolver (ComposeReader"
          + ".Builder.resolver); this reader reads only the text it is given.";
    }
    if (read.size() >= MAX_FILES) {
      return tooMany();
    }
    Optional<String> text;
    try {
      text = resolver.read(path);
    } catch (ComposeFileException e) {
      return String.join(" ", e.problems().stream().map(Problem::message).toList());
    }
    if (text == null || text.isEmpty()) {
      return "There is no file " + Quoting.quote(path) + " (the path from the project"
          + " folder, " + (folder.isEmpty() ? "the folder of the first file" : "'" + folder + "'")
          + ").";
    }
    resolvedText += text.get().length();
    if (resolvedText > MAX_RESOLVED_TEXT) {
      return "Reading " + Quoting.quote(path) + " takes the files read past the limit of "
          + MAX_RESOLVED_TEXT + " characters (64 MiB) in all.";
    }
    String display = path.startsWith("/") || folder.isEmpty() ? path
        : ComposePaths.normalize(folder + "/" + path);
    parse(path, display, display, text.get());
    return null;
  }

  private Source parse(String key, String display, String name, String text) {
    read.add(name);
    try {
      HardenedYaml.Document document = HardenedYaml.document(text);
      tagged |= document.tagged();
      Source source = new Source(key, display, document.root());
      sources.put(key, source);
      List<Problem> found = new ArrayList<>();
      interpolation.check(source.root(), found);
      found.forEach(p -> problems.add(p.inFile(display)));
      return source;
    } catch (ComposeFileException e) {
      e.problems().forEach(p -> problems.add(p.inFile(display)));
      return null;
    }
  }

  private String projectName(Source source) {
    if (source.root() instanceof Map<?, ?> root && root.get("name") instanceof String text) {
      String name = text(text, source, "name");
      return name == null || name.isEmpty() ? null : name;
    }
    return null;
  }

  /** A scalar that names a file or service, interpolated; null after a problem. */
  String text(Object value, Source source, String path) {
    List<Problem> found = new ArrayList<>();
    String text = Values.text(value, path, found);
    String result = text == null ? null : interpolation.apply(text, path, true, found);
    found.forEach(p -> problems.add(p.inFile(source.display())));
    return result;
  }

  /** The merge of values onto those of {@code source}'s file, reporting in that file. */
  ComposeMerge merge(Source source) {
    return new ComposeMerge(source.display(), problems);
  }

  void problem(Source source, String path, String message) {
    problems.add(Problems.in(source.display(), path, message));
  }

  /**
   * The file a path names from {@code source}'s folder, from the project folder. A path that
   * leaves the project folder and comes back into it ({@code ../deploy/x.yml} from {@code
   * deploy}) is read as the path inside it, where the caller named the folder.
   */
  String resolve(Source source, String path) {
    String resolved = ComposePaths.resolve(ComposePaths.folder(source.key()), path);
    if (!resolved.startsWith("../") || folder.isEmpty()) {
      return resolved;
    }
    return ComposePaths.relative(folder, ComposePaths.normalize(folder + "/" + resolved));
  }

  private static String tooMany() {
    return "The project reads more than " + MAX_FILES + " files; that is the limit.";
  }

  /** Whether two settled values are the same definition. */
  static boolean same(Object a, Object b) {
    return Objects.equals(ComposeMerge.settled(a), ComposeMerge.settled(b));
  }

  @Override
  public String toString() {
    return "ComposeLoading[" + read.size() + " files read]";
  }
}
