package io.github.fsonboard.examples.spring;

import io.github.fsonboard.apim.ApiManager;
import io.github.fsonboard.apim.onboarding.Onboarding;
import io.github.fsonboard.apim.onboarding.TppOnboarding;
import io.github.fsonboard.apim.selfsignup.SignUpRequest;
import io.github.fsonboard.core.auth.BasicCredentials;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.error.ApiException;
import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ValidationException;
import io.github.fsonboard.spring.FsOnboardProperties;
import io.github.fsonboard.spring.FsOnboardTargets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /tpps}: signs a TPP up, creates its application and subscribes it to the APIs, with
 * the starter's {@link ApiManager} bean. The bank administrator of {@code fsonboard.admin.*}
 * registers the sign-up (IS secures the self sign-up resource).
 */
@RestController
public class TppController {
  private final ApiManager apiManager;
  private final BasicCredentials registrar;

  /**
   * Creates the controller (Spring does).
   *
   * @param apiManager the starter's API Manager client
   * @param targets the starter's targets, for the default target's administrator
   */
  public TppController(ApiManager apiManager, FsOnboardTargets targets) {
    this.apiManager = apiManager;
    this.registrar =
        targets
            .get(FsOnboardProperties.DEFAULT_TARGET)
            .admin()
            .orElseThrow(
                () ->
                    new ValidationException(
                        "fsonboard.admin", "is required: it registers TPP sign-ups"));
  }

  /**
   * Onboards one TPP.
   *
   * @param request the TPP's user, application and APIs
   * @return what was done; no password, key or token
   */
  @PostMapping("/tpps")
  public OnboardTppResponse onboard(@RequestBody OnboardTppRequest request) {
    request.validate();
    SignUpRequest.Builder user =
        SignUpRequest.builder()
            .username(request.username())
            .password(Secret.ofNullable(request.password()))
            .givenName(request.givenName())
            .lastName(request.lastName())
            .email(request.username());
    if (request.organization() != null) {
      user.organization(request.organization());
    }
    TppOnboarding.Builder onboarding =
        Onboarding.tpp(apiManager)
            .signUp(user.build(), registrar)
            .application(request.application());
    request.apis().forEach(a -> onboarding.subscribe(a.name(), a.version(), a.throttlingPolicy()));
    return OnboardTppResponse.of(onboarding.build().run());
  }

  /** Bad input: 400 naming every bad field (the SDK's messages carry no secret). */
  @ExceptionHandler(ValidationException.class)
  ResponseEntity<Map<String, Object>> badRequest(ValidationException e) {
    Map<String, String> fields = new LinkedHashMap<>();
    e.violations().forEach(v -> fields.put(v.field(), v.message()));
    return ResponseEntity.badRequest().body(Map.of("error", "invalid request", "fields", fields));
  }

  /** WSO2 refused: 502 with its status only, never its payload or the URL. */
  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> refused(ApiException e) {
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
        .body(Map.of("error", e.getClass().getSimpleName(), "wso2Status", e.status()));
  }

  /** WSO2 unreachable or answering nonsense: 502 with the failure's kind. */
  @ExceptionHandler(FsOnboardException.class)
  ResponseEntity<Map<String, Object>> failed(FsOnboardException e) {
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
        .body(Map.of("error", e.getClass().getSimpleName()));
  }
}
