package io.github.fsonboard.apim.backoffice;

import io.github.fsonboard.apim.admin.WorkflowSubject;
import io.github.fsonboard.apim.admin.WorkflowTask;
import io.github.fsonboard.core.cert.CertificateValidationResult;
import io.github.fsonboard.core.cert.CertificateValidator;
import io.github.fsonboard.core.cert.CheckResult;
import io.github.fsonboard.core.cert.Psd2Attributes;
import io.github.fsonboard.core.cert.Psd2Role;
import io.github.fsonboard.core.error.Validation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a {@link VettingPolicy} to a pending task's {@link Evidence}. A failed certificate check,
 * a PSD2 role the API needs but the certificate lacks, an NCA the bank does not accept, or a
 * certificate without PSD2 attributes rejects; a missing certificate, an API the policy does not
 * name, a missing user claim, or any check status other than pass, fail or skip refers; otherwise
 * the task is approved. A self sign-up carries no certificate: the policy's {@link
 * VettingPolicy#signUps()} decides it (refer by default). Every reason is listed. Immutable and
 * thread-safe.
 */
public final class Vetting {
  private final VettingPolicy policy;
  private final CertificateValidator validator;

  private Vetting(VettingPolicy policy, Clock clock) {
    this.policy = policy;
    this.validator = policy.validator(clock);
  }

  /**
   * Creates the evaluation of a policy, judging validity by the system clock.
   *
   * @param policy the policy
   * @return the evaluation
   */
  public static Vetting of(VettingPolicy policy) {
    return of(policy, Clock.systemUTC());
  }

  /**
   * Creates the evaluation of a policy.
   *
   * @param policy the policy
   * @param clock the clock certificate validity is judged by
   * @return the evaluation
   */
  public static Vetting of(VettingPolicy policy, Clock clock) {
    Validation.requireNonNull(policy, "policy");
    Validation.requireNonNull(clock, "clock");
    return new Vetting(policy, clock);
  }

  /**
   * Decides one task.
   *
   * @param task the pending task
   * @param evidence what was gathered for it
   * @return the decision with every reason
   */
  public VettingDecision evaluate(WorkflowTask task, Evidence evidence) {
    Validation.requireNonNull(task, "task");
    Validation.requireNonNull(evidence, "evidence");
    if (task.subject() instanceof WorkflowSubject.User) {
      return signUp(task, evidence);
    }
    List<String> reject = new ArrayList<>();
    List<String> refer = new ArrayList<>();
    List<String> passed = new ArrayList<>();
    if (evidence.certificatePem() == null || evidence.certificatePem().isBlank()) {
      refer.add(
          "no application certificate was found"
              + (evidence.source() == null ? "" : " (" + evidence.source() + ")"));
    } else {
      certificate(
          validator.validate(evidence.certificatePem()),
          apiName(task, evidence),
          reject,
          refer,
          passed);
    }
    for (String claim : new TreeSet<>(policy.requiredClaims())) {
      String value = evidence.userClaims().get(claim);
      if (value == null || value.isBlank()) {
        refer.add("the TPP user has no " + claim + " claim");
      }
    }
    if (!reject.isEmpty()) {
      List<String> all = new ArrayList<>(reject);
      all.addAll(refer);
      return new VettingDecision(task, Verdict.REJECT, all);
    }
    if (!refer.isEmpty()) {
      return new VettingDecision(task, Verdict.REFER, refer);
    }
    return new VettingDecision(task, Verdict.APPROVE, passed);
  }

  /**
   * A self sign-up: no application, no certificate yet. On approval carbon-apimgt {@code
   * UserSignUpApprovalWorkflowExecutor.complete} gives the user the subscriber role; on rejection
   * it deletes the user.
   */
  private VettingDecision signUp(WorkflowTask task, Evidence evidence) {
    List<String> missing = new ArrayList<>();
    for (String claim : new TreeSet<>(policy.requiredClaims())) {
      String value = evidence.userClaims().get(claim);
      if (value == null || value.isBlank()) {
        missing.add("the TPP user has no " + claim + " claim");
      }
    }
    return switch (policy.signUps()) {
      case REJECT ->
          new VettingDecision(
              task, Verdict.REJECT, List.of("the bank accepts no self sign-up (policy signUps)"));
      case APPROVE ->
          missing.isEmpty()
              ? new VettingDecision(
                  task,
                  Verdict.APPROVE,
                  List.of("sign-ups are approved by policy; every required claim is there"))
              : new VettingDecision(task, Verdict.REFER, missing);
      case REFER -> {
        List<String> reasons = new ArrayList<>();
        reasons.add("a sign-up carries no certificate to vet: a person decides (policy signUps)");
        reasons.addAll(missing);
        yield new VettingDecision(task, Verdict.REFER, reasons);
      }
    };
  }

  private void certificate(
      CertificateValidationResult result,
      String apiName,
      List<String> reject,
      List<String> refer,
      List<String> passed) {
    for (CheckResult c : result.checks()) {
      switch (c.status()) {
        case PASS, SKIPPED -> {
          // a skipped check is one the policy did not ask for
        }
        case FAIL -> reject.add("certificate " + c.check() + ": " + c.reason());
        default -> refer.add("certificate " + c.check() + " " + c.status() + ": " + c.reason());
      }
    }
    if (reject.isEmpty()) {
      passed.add("certificate checks passed");
    }
    Psd2Attributes psd2 = result.psd2();
    if (psd2 == null) {
      reject.add("the certificate carries no PSD2 attributes (ETSI TS 119 495 QC statement)");
      return;
    }
    if (!policy.acceptedNcas().isEmpty() && !policy.acceptedNcas().contains(psd2.ncaId())) {
      reject.add(
          "the certificate's NCA "
              + psd2.ncaId()
              + " is not accepted (accepted: "
              + new TreeSet<>(policy.acceptedNcas())
              + ")");
    } else {
      passed.add("NCA " + psd2.ncaId() + " accepted");
    }
    if (apiName == null) {
      return;
    }
    Set<Psd2Role> needed = policy.apiRoles().get(apiName);
    if (needed == null) {
      refer.add("the policy names no roles for API " + apiName);
      return;
    }
    Set<Psd2Role> missing =
        needed.isEmpty() ? EnumSet.noneOf(Psd2Role.class) : EnumSet.copyOf(needed);
    missing.removeAll(psd2.roles());
    if (missing.isEmpty()) {
      passed.add("roles " + names(psd2.roles()) + " cover API " + apiName);
    } else {
      reject.add(
          "API "
              + apiName
              + " needs the PSD2 role(s) "
              + names(missing)
              + "; the certificate grants "
              + names(psd2.roles()));
    }
  }

  private static String apiName(WorkflowTask task, Evidence evidence) {
    if (evidence.apiName() != null) {
      return evidence.apiName();
    }
    return task.subject() instanceof WorkflowSubject.Subscription s ? s.apiName() : null;
  }

  private static List<String> names(Set<Psd2Role> roles) {
    List<String> out = new ArrayList<>();
    for (Psd2Role r : EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Psd2Role.class) : roles)) {
      out.add(r.softwareRole());
    }
    return out;
  }
}
