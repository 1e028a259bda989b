package dev.sagelint.core.rules.model;

import java.util.List;

/**
 * The CreateModel rules (SM2xx), registered with {@link dev.sagelint.core.rules.RuleCatalog}. Some
 * also check DescribeModel responses where the finding still matters for a stored model (each
 * rule's {@code kinds} says which).
 */
public final class ModelRules {
  private ModelRules() {}

  public static List<Object> all() {
    return List.of(
        new PipelineHostnamesIncomplete(),
        new DuplicateContainerHostname(),
        new DirectInvocationWithoutHostname(),
        new ExecutionConfigOnSingleContainerModel(),
        new HostnameOnPrimaryContainer(),
        new DirectInvocationWithOneContainer(),
        new SerialPipelineWithOneContainer(),
        new ModelWithoutContainer(),
        new PrimaryContainerWithContainers(),
        new ContainerWithoutImage(),
        new SeveralMultiModelContainersInPipeline(),
        new MultiModelContainerInDirectMode(),
        new MultiModelConfigWithoutMultiModelMode(),
        new MultiModelDataNotPrefix(),
        new ModelDataUrlNotTarGz(),
        new ModelDataUrlWithModelDataSource(),
        new ModelDataSourceWithoutS3DataSource(),
        new ModelDataSourceOnMultiModelContainer(),
        new ModelDataSourceWithModelPackage(),
        new S3PrefixWithoutTrailingSlash(),
        new GzipWithS3Prefix(),
        new GzipObjectNotTarGz(),
        new EnvironmentTooLarge(),
        new SensitiveEnvironmentVariable(),
        new MalformedImageReference(),
        new ImageWithoutTagOrDigest(),
        new ImageWithLatestTag(),
        new RepositoryAuthWithoutVpcMode(),
        new NonEcrImageInPlatformMode(),
        new VpcRegistryWithoutVpcConfig(),
        new CredentialsProviderNotLambda(),
        new ModelWithoutExecutionRole(),
        new ModelPackageWithOwnArtifacts(),
        new NetworkIsolationLimits(),
        new EulaNotAccepted(),
        new MarketplacePackageWithoutIsolation());
  }
}
