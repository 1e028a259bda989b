package dev.sagelint.cli;

import dev.sagelint.core.ApiVersion;
import dev.sagelint.core.SagelintVersion;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sagelint}: the root of the command tree. Alone it prints usage. Its subcommands are
 * added by {@link Cli#commandLine(Environment, String[])}.
 */
@Command(
    name = "sagelint",
    mixinStandardHelpOptions = true,
    versionProvider = SagelintCommand.Version.class,
    description = {
        "Static linter for Amazon SageMaker deployment specs (CreateModel / CreateEndpointConfig "
            + "requests, DescribeModel / DescribeEndpointConfig responses; JSON or YAML).",
        "",
        "'sagelint PATH...' is short for 'sagelint lint PATH...'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:nothing at or above --fail-on (default: error)",
        "1:findings at or above --fail-on",
        "2:usage or configuration error (bad flag, bad config file, path that does not exist)"
    })
public final class SagelintCommand implements Callable<Integer> {
  private final Environment env;

  @Spec
  CommandSpec spec;

  SagelintCommand(Environment env) {
    this.env = env;
  }

  Environment env() {
    return env;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** {@code --version}: sagelint's version, the bundled SageMaker API models, the build's commit. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String models = Arrays.stream(ApiVersion.values()).map(ApiVersion::id)
          .collect(Collectors.joining(", "));
      return new String[] {"sagelint " + SagelintVersion.get(), "SageMaker API models: " + models,
          "git commit: " + SagelintVersion.commit()};
    }
  }
}
