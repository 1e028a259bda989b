package dev.sagelint.core.source;

import dev.sagelint.core.DocumentKind;
import dev.sagelint.core.parse.ParsedDocument;
import dev.sagelint.core.parse.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One SageMaker spec found in a file, as every rule sees it, whatever the front end: a request
 * document, a template resource, a Terraform block.
 *
 * <p>The {@code view} is the spec in the shape of the API request (member names as in CreateModel
 * or CreateEndpointConfig), built from the file's own nodes, so every node keeps the span where it
 * is written. Rules report view pointers; {@code origin} turns them into pointers into the file,
 * which is what findings, baselines and suppressions carry.
 *
 * @param id stable and unique within the file ({@code #0}, {@code Resources/Model},
 *     {@code aws_sagemaker_model.m}); scenarios of one declaration share it
 * @param kind the request shape of the view
 * @param label what messages call the spec ({@code resource Model}), or null for a request document
 * @param view the API-shaped tree; its index is the document's index in the file
 * @param origin view pointer to file pointer
 * @param schemaId the schema the view is validated against, or null for the API schema of the kind
 * @param convertsStrings true when the deployment tool turns a string into the number or boolean
 *     the API expects ("1", "true"), as CloudFormation and Terraform do
 * @param links references to other specs (a variant's model, an endpoint's config)
 * @param extent the whole declaration in the file (for suppression comments above it), or null
 * @param ignored rule ids or prefixes the declaration itself switches off (template metadata)
 * @param variation how to rebuild the spec with other values for what it assumed, or null when it
 *     assumed nothing (see {@link Variation})
 */
public record Spec(
    String id,
    DocumentKind kind,
    String label,
    ParsedDocument view,
    PointerMap origin,
    String schemaId,
    boolean convertsStrings,
    List<Link> links,
    Span extent,
    Set<String> ignored,
    Variation variation) {

  public Spec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(origin, "origin");
    links = List.copyOf(links);
    ignored = Set.copyOf(ignored);
  }

  /** A request document: the view is the document itself. */
  public static Spec ofDocument(ParsedDocument document, DocumentKind kind) {
    return new Spec("#" + document.index(), kind, null, document, PointerMap.IDENTITY, null,
        false, List.of(), null, Set.of(), null);
  }

  /** The assumptions the view rests on (parameter defaults, variable defaults); empty for most. */
  public List<Assumption> assumptions() {
    return variation == null ? List.of() : variation.assumptions();
  }

  /** The same spec with every assumed value unknown; itself when it assumed nothing. */
  public Spec withAssumptionsUnknown() {
    if (variation == null) {
      return this;
    }
    return variation.vary(Map.of(),
        assumptions().stream().map(Assumption::name).collect(Collectors.toSet()));
  }

  /** The message prefix naming the spec, or the empty string. */
  public String messagePrefix() {
    return label == null ? "" : label + ": ";
  }
}
