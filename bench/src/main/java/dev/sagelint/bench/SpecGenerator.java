package dev.sagelint.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Generates realistic CreateModel and CreateEndpointConfig request bodies, deterministically from
 * a seed: the shapes people deploy (built-in and Hugging Face containers, inference pipelines,
 * multi-model containers, VPC, data capture, async and serverless endpoint configs, tags), in
 * three sizes, as JSON or YAML, optionally with one defect of a known kind.
 *
 * <p>Clean specs produce no finding at all (checked by {@code bench/compare.sh}), so every finding
 * in the corpus comes from a planted defect.
 */
public final class SpecGenerator {
  /** How much a spec holds: a handful of members, a typical production spec, a big pipeline. */
  public enum Size { SMALL, MEDIUM, LARGE }

  /** The two request kinds. The directory name is the schema kind, as peers need to know it. */
  public enum Kind {
    MODEL("CreateModel"), ENDPOINT_CONFIG("CreateEndpointConfig");

    public final String schemaKind;

    Kind(String schemaKind) {
      this.schemaKind = schemaKind;
    }
  }

  /**
   * A planted defect and what it should produce. {@code schema} is true when AWS's schema rejects
   * the spec, so sagelint reports an SM1xx finding and a JSON Schema validator reports the file
   * invalid; the exceptions are spelled out in docs/performance.md.
   */
  public enum Defect {
    NAME_PATTERN(true, "name with an underscore (SM105)"),
    UNKNOWN_MEMBER(true, "misspelt member (SM102)"),
    WRONG_TYPE(true, "boolean or integer written as a string (SM103)"),
    BAD_ENUM(true, "instance type or mode that does not exist (SM104)"),
    OUT_OF_RANGE(true, "number out of range or name too long (SM108, SM106)"),
    MISSING_REQUIRED(true, "required member missing (SM101)"),
    CROSS_FIELD(false, "cross-field mistake (SM2xx/SM3xx)"),
    PLACEHOLDER(true, "placeholder left in an ARN (SM601; the schema pattern fails too)");

    public final boolean schema;
    public final String description;

    Defect(boolean schema, String description) {
      this.schema = schema;
      this.description = description;
    }
  }

  /** One generated spec. {@code defect} is null for a clean spec. */
  public record Spec(Kind kind, Size size, boolean json, Defect defect, String text) {
    public String extension() {
      return json ? ".json" : ".yaml";
    }
  }

  private static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
      "ap-southeast-2", "ap-northeast-1"};
  private static final String[] TEAMS = {"churn", "fraud", "search", "recs", "pricing", "support",
      "vision", "forecast", "risk", "ads"};
  private static final String[] ALGOS = {"xgboost", "bert-base", "resnet50", "llama-3-8b", "sklearn-rf",
      "lightgbm", "t5-small", "distilbert", "yolo-v8", "prophet"};
  private static final String[] INSTANCE_TYPES = {"ml.m5.large", "ml.m5.xlarge", "ml.m5.2xlarge",
      "ml.c5.xlarge", "ml.c5.2xlarge", "ml.c6i.xlarge", "ml.g5.xlarge", "ml.g5.2xlarge",
      "ml.inf2.xlarge", "ml.r5.large", "ml.t2.medium", "ml.m6i.xlarge"};
  private static final String[] NVME_INSTANCE_TYPES = {"ml.m5d.xlarge", "ml.g4dn.xlarge", "ml.c5d.2xlarge"};
  private static final String[][] IMAGES = {
      {"683313688378", "sagemaker-xgboost", "1.7-1"},
      {"763104351884", "pytorch-inference", "2.1.0-gpu-py310"},
      {"763104351884", "huggingface-pytorch-inference", "2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04"},
      {"683313688378", "sagemaker-scikit-learn", "1.2-1-cpu-py3"},
      {"763104351884", "tensorflow-inference", "2.13.0-cpu"},
      {"763104351884", "djl-inference", "0.27.0-lmi9.0.0-cu118"},
  };
  private static final String[] ENV_NAMES = {"SAGEMAKER_PROGRAM", "SAGEMAKER_SUBMIT_DIRECTORY",
      "SAGEMAKER_CONTAINER_LOG_LEVEL", "SAGEMAKER_REGION", "HF_MODEL_ID", "HF_TASK",
      "MMS_DEFAULT_RESPONSE_TIMEOUT", "TS_MAX_REQUEST_SIZE", "OMP_NUM_THREADS", "MODEL_SERVER_WORKERS",
      "SAGEMAKER_MODEL_SERVER_TIMEOUT", "FEATURE_STORE_GROUP", "LOG_FORMAT", "BATCH_SIZE",
      "MAX_INPUT_LENGTH", "MAX_TOTAL_TOKENS", "TENSOR_PARALLEL_DEGREE", "DTYPE", "CACHE_DIR"};

  private static final java.util.Set<String> NVME = java.util.Set.of("ml.g5.xlarge", "ml.g5.2xlarge");

  private final Random random;
  private int serial;

  public SpecGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * The next spec of a corpus: half models, half endpoint configs; 70% JSON; 60% small, 35%
   * medium, 5% large; one in five with a defect.
   */
  public Spec next() {
    Kind kind = random.nextBoolean() ? Kind.MODEL : Kind.ENDPOINT_CONFIG;
    boolean json = random.nextInt(10) < 7;
    int s = random.nextInt(100);
    Size size = s < 60 ? Size.SMALL : s < 95 ? Size.MEDIUM : Size.LARGE;
    Defect defect = null;
    if (random.nextInt(5) == 0) {
      // Mostly schema mistakes, as people make them; a placeholder now and then.
      int d = random.nextInt(20);
      defect = d < 17 ? Defect.values()[d % 7] : Defect.PLACEHOLDER;
    }
    return generate(kind, size, json, defect);
  }

  public Spec generate(Kind kind, Size size, boolean json, Defect defect) {
    Ctx c = new Ctx();
    Map<String, Object> root = kind == Kind.MODEL ? model(c, size) : endpointConfig(c, size);
    if (defect != null) {
      if (kind == Kind.MODEL) {
        modelDefect(c, root, defect);
      } else {
        endpointConfigDefect(c, root, defect);
      }
    }
    String text;
    if (json) {
      StringBuilder sb = new StringBuilder();
      Json.write(root, sb, 0);
      text = sb.append('\n').toString();
    } else {
      StringBuilder sb = new StringBuilder();
      sb.append("# ").append(kind.schemaKind).append(" request for ").append(c.team)
          .append(" (").append(c.algo).append(")\n");
      sb.append("# aws sagemaker ").append(kind == Kind.MODEL ? "create-model" : "create-endpoint-config")
          .append(" --cli-input-yaml file://spec.yaml\n");
      Yaml.writeMap(root, sb, 0);
      text = sb.toString();
    }
    return new Spec(kind, size, json, defect, text);
  }

  /** What one spec has in common across its members: account, region, team, model. */
  private final class Ctx {
    final String account = digits(12);
    final String region = pick(REGIONS);
    final String team = pick(TEAMS);
    final String algo = pick(ALGOS);
    final String bucket = "acme-" + team + "-ml-" + region;
    // Unique per generator: cross-document rules link endpoint configs to models by name, and
    // accidental links between unrelated specs would plant findings nobody asked for.
    final String modelName = team + "-" + algo + "-" + (2023 + random.nextInt(3)) + "-"
        + String.format(Locale.ROOT, "%05d", ++serial);
  }

  // ---------------------------------------------------------------- CreateModel

  private Map<String, Object> model(Ctx c, Size size) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ModelName", c.modelName);
    m.put("ExecutionRoleArn", "arn:aws:iam::" + c.account + ":role/SageMakerExecutionRole-" + c.team);
    int containers = switch (size) {
      case SMALL -> 1;
      case MEDIUM -> random.nextInt(3) == 0 ? 2 + random.nextInt(2) : 1;
      case LARGE -> 5 + random.nextInt(10);
    };
    int envVars = switch (size) {
      case SMALL -> 2 + random.nextInt(3);
      case MEDIUM -> 5 + random.nextInt(8);
      case LARGE -> 30 + random.nextInt(40);
    };
    if (containers == 1) {
      boolean multiModel = size != Size.SMALL && random.nextInt(4) == 0;
      m.put("PrimaryContainer", container(c, envVars, multiModel, null));
    } else {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < containers; i++) {
        list.add(container(c, envVars, false, "step-" + (i + 1)));
      }
      m.put("Containers", list);
      m.put("InferenceExecutionConfig", map("Mode", random.nextBoolean() ? "Serial" : "Direct"));
    }
    if (size != Size.SMALL || random.nextBoolean()) {
      m.put("VpcConfig", vpc());
      m.put("EnableNetworkIsolation", random.nextBoolean());
    }
    m.put("Tags", tags(c, size == Size.SMALL ? 1 + random.nextInt(2) : size == Size.MEDIUM ? 4 : 20));
    return m;
  }

  private Map<String, Object> container(Ctx c, int envVars, boolean multiModel, String hostname) {
    Map<String, Object> k = new LinkedHashMap<>();
    if (hostname != null) {
      k.put("ContainerHostname", hostname);
    }
    String[] image = pick(IMAGES);
    k.put("Image", image[0] + ".dkr.ecr." + c.region + ".amazonaws.com/" + image[1] + ":" + image[2]);
    String prefix = "s3://" + c.bucket + "/" + c.team + "/" + c.algo + "/" + digits(6);
    if (multiModel) {
      k.put("Mode", "MultiModel");
      k.put("ModelDataUrl", prefix + "/models/");
      k.put("MultiModelConfig", map("ModelCacheSetting", "Enabled"));
    } else {
      k.put("ModelDataUrl", prefix + "/model.tar.gz");
    }
    Map<String, Object> env = new LinkedHashMap<>();
    for (int i = 0; i < envVars; i++) {
      String name = i < ENV_NAMES.length ? ENV_NAMES[i] : "APP_SETTING_" + i;
      env.put(name, envValue(c, name));
    }
    k.put("Environment", env);
    return k;
  }

  private String envValue(Ctx c, String name) {
    return switch (name) {
      case "SAGEMAKER_PROGRAM" -> "inference.py";
      case "SAGEMAKER_SUBMIT_DIRECTORY" -> "/opt/ml/model/code";
      case "SAGEMAKER_CONTAINER_LOG_LEVEL" -> "20";
      case "SAGEMAKER_REGION" -> c.region;
      case "HF_MODEL_ID" -> "distilbert/distilbert-base-uncased-finetuned-sst-2-english";
      case "HF_TASK" -> "text-classification";
      case "DTYPE" -> "bf16";
      case "LOG_FORMAT" -> "%(asctime)s %(levelname)s %(name)s: %(message)s";
      case "CACHE_DIR" -> "/tmp/cache";
      default -> Integer.toString(1 + random.nextInt(4096));
    };
  }

  private Map<String, Object> vpc() {
    List<Object> subnets = new ArrayList<>();
    int n = 2 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      subnets.add("subnet-" + hex(17));
    }
    return map("SecurityGroupIds", List.of("sg-" + hex(17)), "Subnets", subnets);
  }

  private List<Object> tags(Ctx c, int n) {
    List<Object> tags = new ArrayList<>();
    tags.add(map("Key", "team", "Value", c.team));
    String[] keys = {"cost-center", "owner", "environment", "project", "data-classification"};
    for (int i = 1; i < n; i++) {
      String key = i <= keys.length ? keys[i - 1] : "label-" + i;
      tags.add(map("Key", key, "Value", key.equals("environment") ? "production" : c.team + "-" + i));
    }
    return tags;
  }

  @SuppressWarnings("unchecked")
  private void modelDefect(Ctx c, Map<String, Object> m, Defect defect) {
    Map<String, Object> first = m.containsKey("PrimaryContainer")
        ? (Map<String, Object>) m.get("PrimaryContainer")
        : (Map<String, Object>) ((List<Object>) m.get("Containers")).get(0);
    switch (defect) {
      case NAME_PATTERN -> m.put("ModelName", c.modelName.replace('-', '_'));
      case UNKNOWN_MEMBER -> rename(first, "ModelDataUrl", "ModelDataURL");
      case WRONG_TYPE -> m.put("EnableNetworkIsolation", "true");
      case BAD_ENUM -> first.put("Mode", "Single");
      case OUT_OF_RANGE -> m.put("ModelName", (c.modelName + "-retrained-with-the-full-history-of-all-regions").substring(0, 64));
      case MISSING_REQUIRED -> m.remove("ModelName");
      case CROSS_FIELD -> {
        // Both PrimaryContainer and Containers (SM209).
        m.put("Containers", List.of(container(c, 2, false, "extra")));
      }
      case PLACEHOLDER -> m.put("ExecutionRoleArn", "<EXECUTION ROLE ARN>");
      default -> throw new IllegalArgumentException(defect.name());
    }
  }

  // ---------------------------------------------------------------- CreateEndpointConfig

  private Map<String, Object> endpointConfig(Ctx c, Size size) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("EndpointConfigName", c.modelName + "-config");
    int shape = random.nextInt(10);
    if (size == Size.SMALL && shape < 2) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("VariantName", "AllTraffic");
      v.put("ModelName", c.modelName);
      v.put("ServerlessConfig", map("MemorySizeInMB", 1024 * (1 + random.nextInt(6)),
          "MaxConcurrency", 5 + random.nextInt(50)));
      e.put("ProductionVariants", List.of(v));
      e.put("Tags", tags(c, 1));
      return e;
    }
    int variants = switch (size) {
      case SMALL -> 1;
      case MEDIUM -> 1 + random.nextInt(3);
      case LARGE -> 6 + random.nextInt(5);
    };
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < variants; i++) {
      list.add(variant(c, size, variants == 1 ? "AllTraffic" : "variant-" + (char) ('a' + i), variants));
    }
    e.put("ProductionVariants", list);
    boolean async = size == Size.LARGE && variants == 1
        || size == Size.MEDIUM && variants == 1 && shape < 3;
    if (async) {
      // Asynchronous inference: one instance-based variant, no data capture (SM322).
      e.put("AsyncInferenceConfig", map(
          "ClientConfig", map("MaxConcurrentInvocationsPerInstance", 1 + random.nextInt(8)),
          "OutputConfig", map("S3OutputPath", "s3://" + c.bucket + "/async/output/",
              "S3FailurePath", "s3://" + c.bucket + "/async/failures/")));
    } else if (size != Size.SMALL) {
      Map<String, Object> capture = new LinkedHashMap<>();
      capture.put("EnableCapture", true);
      capture.put("InitialSamplingPercentage", 5 + random.nextInt(95));
      capture.put("DestinationS3Uri", "s3://" + c.bucket + "/data-capture/" + c.modelName);
      capture.put("CaptureOptions", List.of(map("CaptureMode", "Input"), map("CaptureMode", "Output")));
      capture.put("CaptureContentTypeHeader", map("CsvContentTypes", List.of("text/csv"),
          "JsonContentTypes", List.of("application/json", "application/jsonlines")));
      e.put("DataCaptureConfig", capture);
    }
    boolean nvme = list.stream().anyMatch(v -> NVME.contains(((Map<?, ?>) v).get("InstanceType")));
    if (size != Size.SMALL && !nvme) {
      // No KMS key with local NVMe storage (SM301): AWS encrypts those volumes itself.
      e.put("KmsKeyId", "arn:aws:kms:" + c.region + ":" + c.account + ":key/" + uuid());
    }
    e.put("Tags", tags(c, size == Size.SMALL ? 1 + random.nextInt(2) : size == Size.MEDIUM ? 4 : 25));
    return e;
  }

  private Map<String, Object> variant(Ctx c, Size size, String name, int variants) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("VariantName", name);
    v.put("ModelName", variants == 1 ? c.modelName : c.modelName + "-" + name);
    v.put("InstanceType", pick(INSTANCE_TYPES));
    v.put("InitialInstanceCount", 1 + random.nextInt(4));
    v.put("InitialVariantWeight", variants == 1 ? 1.0 : Math.round(100.0 / variants) / 100.0);
    if (size != Size.SMALL) {
      v.put("ModelDataDownloadTimeoutInSeconds", 600 + 60 * random.nextInt(20));
      v.put("ContainerStartupHealthCheckTimeoutInSeconds", 300 + 60 * random.nextInt(10));
      v.put("RoutingConfig", map("RoutingStrategy",
          random.nextBoolean() ? "LEAST_OUTSTANDING_REQUESTS" : "RANDOM"));
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  private void endpointConfigDefect(Ctx c, Map<String, Object> e, Defect defect) {
    Map<String, Object> v = (Map<String, Object>) ((List<Object>) e.get("ProductionVariants")).get(0);
    boolean serverless = v.containsKey("ServerlessConfig");
    switch (defect) {
      case NAME_PATTERN -> e.put("EndpointConfigName", c.modelName.replace('-', '_') + "_config");
      case UNKNOWN_MEMBER -> {
        if (serverless) {
          rename(v, "ServerlessConfig", "ServerLessConfig");
        } else {
          rename(v, "InitialInstanceCount", "InitialInstanceCnt");
        }
      }
      case WRONG_TYPE -> {
        if (serverless) {
          ((Map<String, Object>) v.get("ServerlessConfig")).put("MaxConcurrency", "20");
        } else {
          v.put("InitialInstanceCount", "2");
        }
      }
      case BAD_ENUM -> {
        if (serverless) {
          v.put("InstanceType", "ml.m5.xlarg");
          v.remove("ServerlessConfig");
          v.put("InitialInstanceCount", 1);
        } else {
          v.put("InstanceType", ((String) v.get("InstanceType")).replace("ml.", "ml-"));
        }
      }
      case OUT_OF_RANGE -> {
        if (serverless) {
          ((Map<String, Object>) v.get("ServerlessConfig")).put("MaxConcurrency", 500);
        } else {
          v.put("InitialInstanceCount", 0);
        }
      }
      case MISSING_REQUIRED -> v.remove("VariantName");
      case CROSS_FIELD -> {
        // KMS key with an instance type that has local NVMe storage (SM301).
        if (serverless) {
          v.remove("ServerlessConfig");
          v.put("InitialInstanceCount", 1);
        }
        v.put("InstanceType", pick(NVME_INSTANCE_TYPES));
        e.put("KmsKeyId", "arn:aws:kms:" + c.region + ":" + c.account + ":key/" + uuid());
      }
      case PLACEHOLDER -> e.put("KmsKeyId", "<KMS KEY ARN>");
      default -> throw new IllegalArgumentException(defect.name());
    }
  }

  // ---------------------------------------------------------------- helpers

  private static void rename(Map<String, Object> m, String from, String to) {
    Map<String, Object> copy = new LinkedHashMap<>(m);
    m.clear();
    copy.forEach((k, v) -> m.put(k.equals(from) ? to : k, v));
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    sb.append((char) ('1' + random.nextInt(9)));
    while (sb.length() < n) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  private String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    while (sb.length() < n) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  private String uuid() {
    return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-a" + hex(3) + "-" + hex(12);
  }

  /** Indented JSON, as {@code aws ... --generate-cli-skeleton} and most editors write it. */
  static final class Json {
    private Json() {}

    @SuppressWarnings("unchecked")
    static void write(Object value, StringBuilder sb, int indent) {
      if (value instanceof Map<?, ?> m) {
        if (m.isEmpty()) {
          sb.append("{}");
          return;
        }
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
          pad(sb, indent + 2);
          string(e.getKey(), sb);
          sb.append(": ");
          write(e.getValue(), sb, indent + 2);
          sb.append(++i < m.size() ? ",\n" : "\n");
        }
        pad(sb, indent);
        sb.append('}');
      } else if (value instanceof List<?> l) {
        if (l.isEmpty()) {
          sb.append("[]");
          return;
        }
        sb.append("[\n");
        for (int i = 0; i < l.size(); i++) {
          pad(sb, indent + 2);
          write(l.get(i), sb, indent + 2);
          sb.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        pad(sb, indent);
        sb.append(']');
      } else if (value instanceof String s) {
        string(s, sb);
      } else {
        sb.append(value);
      }
    }

    static void string(String s, StringBuilder sb) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        switch (ch) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          default -> {
            if (ch < 0x20) {
              sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else {
              sb.append(ch);
            }
          }
        }
      }
      sb.append('"');
    }
  }

  /** Block-style YAML; strings are quoted only where a YAML 1.1 or 1.2 reader could misread them. */
  static final class Yaml {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z/][A-Za-z0-9._/:@+=,-]*");
    private static final Pattern AMBIGUOUS = Pattern.compile(
        "(?i)y|n|yes|no|true|false|on|off|null|~|[-+]?[0-9._:]+([eE][-+]?[0-9]+)?|\\.inf|\\.nan");

    private Yaml() {}

    static void writeMap(Map<String, Object> m, StringBuilder sb, int indent) {
      writeMap(m, sb, indent, false);
    }

    /** {@code firstInline}: the first member goes on the current line (after a list dash). */
    @SuppressWarnings("unchecked")
    private static void writeMap(Map<String, Object> m, StringBuilder sb, int indent, boolean firstInline) {
      boolean first = true;
      for (Map.Entry<String, Object> e : m.entrySet()) {
        if (!(first && firstInline)) {
          pad(sb, indent);
        }
        first = false;
        sb.append(e.getKey()).append(':');
        value(e.getValue(), sb, indent);
      }
    }

    @SuppressWarnings("unchecked")
    private static void value(Object v, StringBuilder sb, int indent) {
      if (v instanceof Map<?, ?> m && !m.isEmpty()) {
        sb.append('\n');
        writeMap((Map<String, Object>) m, sb, indent + 2, false);
      } else if (v instanceof List<?> l && !l.isEmpty()) {
        sb.append('\n');
        for (Object item : l) {
          pad(sb, indent + 2);
          sb.append("- ");
          if (item instanceof Map<?, ?> im && !im.isEmpty()) {
            // First member on the dash line, the others aligned under it.
            writeMap((Map<String, Object>) im, sb, indent + 4, true);
          } else {
            scalar(item, sb);
            sb.append('\n');
          }
        }
      } else {
        sb.append(' ');
        scalar(v, sb);
        sb.append('\n');
      }
    }

    private static void scalar(Object v, StringBuilder sb) {
      if (v instanceof Map<?, ?>) {
        sb.append("{}");
      } else if (v instanceof List<?>) {
        sb.append("[]");
      } else if (v instanceof String s) {
        if (PLAIN.matcher(s).matches() && !AMBIGUOUS.matcher(s).matches()) {
          sb.append(s);
        } else {
          Json.string(s, sb);
        }
      } else {
        sb.append(v);
      }
    }
  }

  private static void pad(StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) {
      sb.append(' ');
    }
  }
}
