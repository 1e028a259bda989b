package dev.sagelint.core.rules.endpointconfig;

import java.util.List;

/** The rules of this package, registered with {@link dev.sagelint.core.rules.RuleCatalog}. */
public final class EndpointConfigRules {
  private EndpointConfigRules() {}

  public static List<Object> all() {
    return List.of(
        new KmsKeyWithLocalStorageInstance(),
        new VolumeSizeWithLocalStorageInstance(),
        new DuplicateVariantName(),
        new InstanceVariantWithoutCapacity(),
        new ServerlessVariantWithInstanceSettings(),
        new ServerlessVariantAmongSeveral(),
        new ServerlessVariantWithInstanceOnlySetting(),
        new ServerlessMemoryNotWholeGigabytes(),
        new ProvisionedConcurrencyAboveMaximum(),
        new ServerlessEndpointWithUnsupportedFeature(),
        new ShadowTestNotOneToOne(),
        new ShadowTestWithExcludedFeature(),
        new AllVariantWeightsZero(),
        new VariantWeightsPartlyOmitted(),
        new ElasticInferenceAccelerator(),
        new ManagedInstanceScalingOnModelVariant(),
        new ManagedInstanceScalingRangeInconsistent(),
        new ManagedInstanceScalingSettingsWhileDisabled(),
        new InstancePoolsConflict(),
        new MetricPublishFrequencyNotAllowed(),
        new AsyncInferenceOutputIncomplete(),
        new AsyncInferenceWithUnsupportedFeature(),
        new DataCaptureSamplesNothing(),
        new DataCaptureOptionsRedundant(),
        new ClarifyShapBaselineSource(),
        new InferenceComponentVariantSetup(),
        new InferenceAmiForOtherAccelerator(),
        new CapacityReservationWithoutArn(),
        new ClarifyFeatureTypesWithoutText());
  }
}
