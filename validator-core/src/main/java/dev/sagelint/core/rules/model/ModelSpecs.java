package dev.sagelint.core.rules.model;

import dev.sagelint.core.rules.Placeholders;
import dev.sagelint.core.parse.ArrayNode;
import dev.sagelint.core.parse.Node;
import dev.sagelint.core.parse.ObjectNode;
import dev.sagelint.core.rules.Specs;
import java.util.List;
import java.util.Locale;

/**
 * Predicates the CreateModel rules share. Like {@link Specs}, every accessor tolerates wrong types
 * by treating them as "not the case": the schema rules (SM1xx) already report the wrong type, and a
 * second finding for the same value would only be noise.
 */
final class ModelSpecs {
  private ModelSpecs() {}

  /** How the containers of a model are invoked, from {@code InferenceExecutionConfig.Mode}. */
  enum ExecutionMode {
    /** No InferenceExecutionConfig, or {@code Serial}: the containers form a pipeline. */
    SERIAL,
    /** {@code Direct}: each container is invoked on its own, by hostname. */
    DIRECT,
    /** A Mode the API does not know (the schema reports it); rules depending on it stay silent. */
    UNKNOWN
  }

  static ExecutionMode executionMode(ObjectNode model) {
    Node config = model.get("InferenceExecutionConfig");
    if (config == null || isNull(config)) {
      return ExecutionMode.SERIAL;
    }
    if (!(config instanceof ObjectNode o)) {
      return ExecutionMode.UNKNOWN;
    }
    Node mode = o.get("Mode");
    if (mode == null) {
      return ExecutionMode.UNKNOWN;
    }
    String text = mode.asText();
    if ("Serial".equals(text)) {
      return ExecutionMode.SERIAL;
    }
    if ("Direct".equals(text)) {
      return ExecutionMode.DIRECT;
    }
    return ExecutionMode.UNKNOWN;
  }

  /** The objects of {@code Containers}, with pointers (not PrimaryContainer). */
  static List<Specs.At> listed(ObjectNode model) {
    return Specs.objects(model, "Containers");
  }

  /** True when {@code Containers} is an array with at least one item. */
  static boolean hasListedContainers(ObjectNode model) {
    ArrayNode a = model.array("Containers");
    return a != null && a.size() > 0;
  }

  /** True when {@code PrimaryContainer} is an object. */
  static boolean hasPrimary(ObjectNode model) {
    return model.object("PrimaryContainer") != null;
  }

  /** True for a container whose {@code Mode} is {@code MultiModel} (absent means SingleModel). */
  static boolean isMultiModel(ObjectNode container) {
    return "MultiModel".equals(container.text("Mode"));
  }

  /**
   * True when the container's {@code Mode} is set to a value nobody can know yet (a template
   * parameter, an imported value): it may be {@code MultiModel}, so rules that need it not to be
   * stay silent.
   */
  static boolean modeUnknown(ObjectNode container) {
    return container.get("Mode") instanceof dev.sagelint.core.parse.UnknownNode;
  }

  static boolean isNull(Node n) {
    return n instanceof dev.sagelint.core.parse.ScalarNode s && s.value() == null;
  }

  /**
   * True for values that are obviously a template, not the value AWS will see: {@code <ROLE ARN>},
   * {@code ${VAR}}, {@code $VAR}, {@code {{ expr }}}. Format checks skip them, because the text is
   * going to be replaced and the placeholder itself is the hygiene rules' business (SM6xx); a
   * format finding on top would report one mistake twice.
   */
  static boolean looksTemplated(String value) {
    return value.indexOf('<') >= 0 || value.indexOf('>') >= 0 || value.indexOf('$') >= 0
        || value.indexOf('{') >= 0 || value.indexOf('}') >= 0 || Placeholders.any(value);
  }

  /** True for the URL forms the API accepts for model data: {@code s3://} and {@code https://}. */
  static boolean isModelDataUrl(String value) {
    return value.startsWith("s3://") || value.startsWith("https://");
  }

  /**
   * True when the object a URL names is a gzip-compressed tar archive by its name: it ends with
   * {@code .tar.gz} (or the common abbreviation {@code .tgz}), ignoring letter case and, for
   * https URLs, any query string or fragment (pre-signed URLs carry one).
   */
  static boolean namesTarGz(String url) {
    String path = url;
    if (url.startsWith("https://")) {
      int cut = indexOfAny(url, '?', '#');
      if (cut >= 0) {
        path = url.substring(0, cut);
      }
    }
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".tar.gz") || lower.endsWith(".tgz");
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  /**
   * Every {@code S3ModelDataSource} of the model with its pointer: each container's
   * {@code ModelDataSource.S3DataSource} and {@code AdditionalModelDataSources[*].S3DataSource}.
   */
  static List<Specs.At> s3DataSources(ObjectNode model) {
    List<Specs.At> out = new java.util.ArrayList<>();
    for (Specs.At c : Specs.containers(model)) {
      ObjectNode source = c.node().object("ModelDataSource");
      if (source != null && source.object("S3DataSource") != null) {
        out.add(new Specs.At(c.pointer() + "/ModelDataSource/S3DataSource",
            source.object("S3DataSource")));
      }
      for (Specs.At extra : Specs.objects(c.node(), c.pointer(), "AdditionalModelDataSources")) {
        if (extra.node().object("S3DataSource") != null) {
          out.add(new Specs.At(extra.pointer() + "/S3DataSource",
              extra.node().object("S3DataSource")));
        }
      }
    }
    return out;
  }
}
