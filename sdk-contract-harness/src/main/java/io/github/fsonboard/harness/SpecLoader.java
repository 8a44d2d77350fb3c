package io.github.fsonboard.harness;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a spec the way the validator does, then opens WSO2's free-form maps.
 *
 * <p>WSO2 declares maps such as KeyManager {@code additionalProperties}, {@code
 * tokenValidation[].value} and generate-keys {@code additionalProperties} as {@code {type: object,
 * properties: {}}}. The validator treats a schema without {@code additionalProperties} as closed,
 * so exactly those schemas get {@code additionalProperties: true}; every other schema stays strict.
 */
final class SpecLoader {

  private SpecLoader() {}

  static OpenAPI load(Path file) {
    OpenAPI api = parse(file);
    inlineResponseReferences(api);
    openFreeFormMaps(api);
    return api;
  }

  /**
   * Replaces {@code $ref: '#/components/responses/X'} in operations by the component itself. The
   * validator does not follow response references, so without this every error response declared by
   * reference (WSO2's BadRequest, NotFound, Conflict, ...) would be taken as "no body".
   *
   * @return how many references were inlined
   */
  static int inlineResponseReferences(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getResponses() == null) {
      return 0;
    }
    Map<String, ApiResponse> named = api.getComponents().getResponses();
    String prefix = "#/components/responses/";
    int[] count = {0};
    for (PathItem item : values(api.getPaths())) {
      for (Operation op : item.readOperations()) {
        if (op.getResponses() == null) {
          continue;
        }
        op.getResponses()
            .replaceAll(
                (status, response) -> {
                  String ref = response.get$ref();
                  ApiResponse target =
                      ref != null && ref.startsWith(prefix)
                          ? named.get(ref.substring(prefix.length()))
                          : null;
                  if (target == null) {
                    return response;
                  }
                  count[0]++;
                  return target;
                });
      }
    }
    return count[0];
  }

  /** Parses like the validator does, without opening anything. */
  static OpenAPI parse(Path file) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    String url = file.toUri().toString();
    OpenAPI api;
    try {
      api = new OpenApiLoader().loadApi(SpecSource.specUrl(url), List.of(), options);
    } catch (OpenApiInteractionValidator.ApiLoadException e) {
      // scim2.yaml repeats operationIds (v2/v3 Roles PATCH). That is irrelevant to validation but
      // the loader refuses any parser message, so make operationIds unique and load it again.
      SwaggerParseResult lenient = new OpenAPIParser().readLocation(url, null, options);
      if (lenient.getOpenAPI() == null) {
        throw e;
      }
      uniqueOperationIds(lenient.getOpenAPI());
      api =
          new OpenApiLoader()
              .loadApi(SpecSource.inline(Json.pretty(lenient.getOpenAPI())), List.of(), options);
    }
    return api;
  }

  private static void uniqueOperationIds(OpenAPI api) {
    Set<String> ids = new HashSet<>();
    for (PathItem item : values(api.getPaths())) {
      for (Operation op : item.readOperations()) {
        String id = op.getOperationId();
        for (int n = 2; id != null && !ids.add(id); n++) {
          id = op.getOperationId() + "_" + n;
        }
        op.setOperationId(id);
      }
    }
  }

  /**
   * Opens every {@code {type: object, properties: {}}} schema reachable from the spec.
   *
   * @return how many schemas were opened
   */
  static int openFreeFormMaps(OpenAPI api) {
    Walker walker = new Walker();
    if (api.getComponents() != null) {
      var c = api.getComponents();
      values(c.getSchemas()).forEach(walker::visit);
      values(c.getRequestBodies()).forEach(walker::visit);
      values(c.getResponses()).forEach(walker::visit);
      values(c.getParameters()).forEach(walker::visit);
    }
    for (PathItem item : values(api.getPaths())) {
      values(item.getParameters()).forEach(walker::visit);
      for (Operation op : item.readOperations()) {
        values(op.getParameters()).forEach(walker::visit);
        walker.visit(op.getRequestBody());
        if (op.getResponses() != null) {
          op.getResponses().values().forEach(walker::visit);
        }
      }
    }
    return walker.opened;
  }

  private static <T> Iterable<T> values(Map<String, T> map) {
    return map == null ? List.of() : map.values();
  }

  private static <T> Iterable<T> values(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Visits each schema once (specs contain cycles through $ref-resolved objects). */
  private static final class Walker {
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int opened;

    void visit(Parameter p) {
      if (p != null) {
        visit(p.getSchema());
        visit(p.getContent());
      }
    }

    void visit(RequestBody b) {
      if (b != null) {
        visit(b.getContent());
      }
    }

    void visit(ApiResponse r) {
      if (r != null) {
        visit(r.getContent());
      }
    }

    void visit(Content content) {
      if (content != null) {
        for (MediaType media : content.values()) {
          visit(media.getSchema());
        }
      }
    }

    void visit(Schema<?> s) {
      if (s == null || !seen.add(s)) {
        return;
      }
      if (isEmptyObject(s)) {
        s.setAdditionalProperties(Boolean.TRUE);
        opened++;
      }
      if (s.getProperties() != null) {
        s.getProperties().values().forEach(this::visit);
      }
      visit(s.getItems());
      if (s.getAdditionalProperties() instanceof Schema<?> extra) {
        visit(extra);
      }
      if (s.getAllOf() != null) {
        s.getAllOf().forEach(this::visit);
      }
      if (s.getAnyOf() != null) {
        s.getAnyOf().forEach(this::visit);
      }
      if (s.getOneOf() != null) {
        s.getOneOf().forEach(this::visit);
      }
      visit(s.getNot());
    }

    private static boolean isEmptyObject(Schema<?> s) {
      boolean object =
          "object".equals(s.getType()) || (s.getTypes() != null && s.getTypes().contains("object"));
      return object
          && s.getProperties() != null
          && s.getProperties().isEmpty()
          && s.getAdditionalProperties() == null
          && s.get$ref() == null;
    }
  }
}
