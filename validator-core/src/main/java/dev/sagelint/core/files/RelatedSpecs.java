package dev.sagelint.core.files;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.Messages;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.SourceFile;
import dev.sagelint.core.parse.SourceReader;
import dev.sagelint.core.rules.Specs;
import dev.sagelint.core.source.FrontEnds;
import dev.sagelint.core.source.Spec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Narrows the files of a run to the changed ones, plus the unchanged specs that the
 * cross-document rules pair with them, so that every endpoint config in the run gets the same
 * findings as in a run over everything:
 * <ul>
 *   <li>an endpoint config that uses (in {@code ProductionVariants[*].ModelName} or
 *       {@code ShadowProductionVariants[*].ModelName}) a model defined in a changed file: a
 *       changed model can make it wrong;
 *   <li>a model file that defines a model used by an endpoint config of the run (changed, or
 *       added by the first point): the rules need the model to check the endpoint config.
 * </ul>
 * Nothing further is added: a model pulled in as context does not pull in its other users.
 *
 * <p>Unchanged files are read only when a changed file defines or uses a model, and only the
 * ones that mention {@code ModelName} are parsed; parsing is cheap next to linting, which runs
 * schema validation and every rule.
 */
public final class RelatedSpecs {
  private static final String MODEL_NAME = "ModelName";

  private RelatedSpecs() {}

  /**
   * A file added for the cross-document rules, and why.
   *
   * @param file the file
   * @param because for people ({@code --verbose}): which model links it to which file
   */
  public record Related(FileCollector.CollectedFile file, String because) {}

  /**
   * The outcome.
   *
   * @param changed the candidates that changed, in their original order
   * @param related the unchanged candidates added for the cross-document rules, in candidate order
   */
  public record Selection(List<FileCollector.CollectedFile> changed, List<Related> related) {
    public Selection {
      changed = List.copyOf(changed);
      related = List.copyOf(related);
    }

    /** Everything to lint, in candidate order. */
    public List<FileCollector.CollectedFile> files(List<FileCollector.CollectedFile> candidates) {
      Set<FileCollector.CollectedFile> chosen = new java.util.HashSet<>(changed);
      related.forEach(r -> chosen.add(r.file()));
      return candidates.stream().filter(chosen::contains).toList();
    }
  }

  /**
   * Selects from {@code candidates} (what the paths and globs of the run allow) the changed files
   * and the related ones.
   *
   * @param isChanged whether a candidate changed
   * @param limits the reader's limits, so the scan reads no file that linting would refuse
   * @param withRelated false to add nothing (with an explicit {@code --kind}, documents are not
   *     detected, so models and endpoint configs cannot be told apart)
   */
  public static Selection select(List<FileCollector.CollectedFile> candidates,
      Predicate<FileCollector.CollectedFile> isChanged, ParseLimits limits, boolean withRelated) {
    List<FileCollector.CollectedFile> changed = new ArrayList<>();
    List<FileCollector.CollectedFile> others = new ArrayList<>();
    for (FileCollector.CollectedFile f : candidates) {
      (isChanged.test(f) ? changed : others).add(f);
    }
    if (!withRelated || others.isEmpty()) {
      return new Selection(changed, List.of());
    }
    Scanner scanner = new Scanner(limits);
    // Model name -> the changed file that defines it; endpoint config file -> the models it uses.
    Map<String, String> changedModels = new LinkedHashMap<>();
    Map<String, Set<String>> users = new LinkedHashMap<>();
    for (FileCollector.CollectedFile f : changed) {
      Links links = scanner.scan(f);
      links.defines().forEach(m -> changedModels.putIfAbsent(m, f.displayName()));
      if (!links.uses().isEmpty()) {
        users.put(f.displayName(), links.uses());
      }
    }
    if (changedModels.isEmpty() && users.isEmpty()) {
      return new Selection(changed, List.of());
    }

    Map<FileCollector.CollectedFile, Links> scanned = new LinkedHashMap<>();
    others.forEach(f -> scanned.put(f, scanner.scan(f)));
    Map<FileCollector.CollectedFile, String> related = new LinkedHashMap<>();
    scanned.forEach((f, links) -> {
      for (String model : links.uses()) {
        String definedIn = changedModels.get(model);
        if (definedIn != null) {
          related.put(f, message("related.uses", model, definedIn));
          users.put(f.displayName(), links.uses());
          break;
        }
      }
    });
    scanned.forEach((f, links) -> {
      if (related.containsKey(f)) {
        return;
      }
      for (String model : links.defines()) {
        Optional<String> user = users.entrySet().stream()
            .filter(e -> e.getValue().contains(model)).map(Map.Entry::getKey).findFirst();
        if (user.isPresent()) {
          related.put(f, message("related.defines", model, user.get()));
          break;
        }
      }
    });
    List<Related> out = new ArrayList<>();
    for (FileCollector.CollectedFile f : others) {
      if (related.containsKey(f)) {
        out.add(new Related(f, related.get(f)));
      }
    }
    return new Selection(changed, out);
  }

  /** The model names a file defines and the ones its endpoint configs use. */
  record Links(Set<String> defines, Set<String> uses) {
    static final Links NONE = new Links(Set.of(), Set.of());
  }

  /**
   * Reads files through the same front ends as linting, keeping only the literal model names. A
   * CloudFormation template yields one spec per SageMaker resource: a model resource with a
   * literal {@code ModelName} defines that name for the whole run, a variant with a literal
   * {@code ModelName} uses one; links written {@code !GetAtt M.ModelName} stay inside the
   * template, which is linted whole, so they add nothing here.
   */
  static final class Scanner {
    private final ParseLimits limits;
    // Which names a spec defines or uses does not depend on the API version (it only shapes the
    // views' schemas), so the latest one reads every file the run could.
    private final FrontEnds frontEnds;

    Scanner(ParseLimits limits) {
      this.limits = limits;
      this.frontEnds = new FrontEnds(limits, Optional.empty(), ApiVersion.latest());
    }

    Links scan(FileCollector.CollectedFile file) {
      SourceFile source = SourceReader.read(file.path(), file.displayName(), limits, true).source();
      // Most JSON and YAML in a repository is not a spec: skip parsing unless the name is there.
      if (source == null || !source.text().contains(MODEL_NAME)) {
        return Links.NONE;
      }
      Set<String> defines = new TreeSet<>();
      Set<String> uses = new TreeSet<>();
      for (Spec spec : frontEnds.read(source).specs()) {
        if (!(spec.view().root() instanceof ObjectNode root)) {
          continue;
        }
        if (spec.kind().isModel()) {
          String name = root.text(MODEL_NAME);
          if (name != null) {
            defines.add(name);
          }
        } else if (spec.kind().isEndpointConfig()) {
          for (Specs.At variant : Specs.variants(root)) {
            String name = variant.node().text(MODEL_NAME);
            if (name != null) {
              uses.add(name);
            }
          }
        }
      }
      return new Links(defines, uses);
    }
  }

  private static String message(String key, Object... args) {
    return Messages.format(RelatedSpecs.class, key, args);
  }
}
