package dev.sagelint.schemas.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
* Where a member sits in a document: a chain of steps from the root shape (structure member, first list
* element, or a map entry), each step knowing the shape it leads to. Can place a value there inside an
* otherwise minimal valid document.
*/
public record MemberPath(String rootShape, List<Step> steps) {

  public enum StepKind { MEMBER, ELEMENT, ENTRY }

  /** One step: the JSON token (member name, "0", map key) and the shape of the value it leads to. */
  public record Step(StepKind kind, String token, String shape) {
  }

  public static MemberPath root(String rootShape) {
    return new MemberPath(rootShape, List.of());
  }

  public MemberPath then(StepKind kind, String token, String shape) {
    List<Step> next = new ArrayList<>(steps);
    next.add(new Step(kind, token, shape));
    return new MemberPath(rootShape, List.copyOf(next));
  }

  /** The shape of the value at this path. */
  public String shape() {
    return steps.isEmpty() ? rootShape : steps.get(steps.size() - 1).shape();
  }

  /** JSON Pointer of the value ("" for the root). */
  public String pointer() {
    StringBuilder out = new StringBuilder();
    for (Step step : steps) {
      out.append('/').append(ModelOracle.escape(step.token()));
    }
    return out.toString();
  }

  /** Shapes along the path, root first; used to cut recursion. */
  public List<String> shapes() {
    List<String> out = new ArrayList<>();
    out.add(rootShape);
    steps.forEach(s -> out.add(s.shape()));
    return out;
  }

  /** A minimal valid document of the root shape with {@code value} at this path (parents created minimal). */
  public JsonNode documentWith(ModelValues values, JsonNode value) {
    if (steps.isEmpty()) {
      return value.deepCopy();
    }
    JsonNode document = values.minimal(rootShape);
    JsonNode parent = document;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      boolean last = i == steps.size() - 1;
      JsonNode child = switch (step.kind()) {
        case MEMBER, ENTRY -> {
          ObjectNode object = (ObjectNode) parent;
          if (last) {
            object.set(step.token(), value.deepCopy());
          } else if (!object.has(step.token())) {
            object.set(step.token(), values.minimal(step.shape()));
          }
          yield object.get(step.token());
        }
        case ELEMENT -> {
          ArrayNode array = (ArrayNode) parent;
          if (array.isEmpty()) {
            array.add(values.minimal(step.shape()));
          }
          if (last) {
            array.set(0, value.deepCopy());
          }
          yield array.get(0);
        }
      };
      parent = child;
    }
    return document;
  }

  /** A minimal valid document whose value at this path is minimal and then changed by {@code edit}. */
  public JsonNode documentWithEdited(ModelValues values, Consumer<JsonNode> edit) {
    JsonNode target = values.minimal(shape());
    edit.accept(target);
    return documentWith(values, target);
  }

  @Override
  public String toString() {
    return pointer().isEmpty() ? "(root)" : pointer();
  }
}
