package dev.sagelint.core.source;

/**
 * A reference from one spec to another, resolved by the front end so that rules never need to
 * know how it was written ({@code ModelName: churn}, {@code !GetAtt Model.ModelName},
 * {@code aws_sagemaker_model.m.name}).
 *
 * @param viewPointer where the reference is, in the referring spec's view
 *     ({@code /ProductionVariants/0/ModelName})
 * @param targetName the literal name of the target, or null
 * @param targetSpec the id of the target spec in the same file, or null
 */
public record Link(String viewPointer, String targetName, String targetSpec) {

  public static Link byName(String viewPointer, String name) {
    return new Link(viewPointer, name, null);
  }

  public static Link bySpec(String viewPointer, String specId) {
    return new Link(viewPointer, null, specId);
  }
}
