package io.github.fsonboard.core.pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fsonboard.core.error.FsOnboardException;
import io.github.fsonboard.core.error.ValidationException;
import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuthorizationCallbackTest {
  private final State state = State.of("s-123");

  @Test
  void returnsTheCodeWhenStateMatches() {
    URI uri =
        URI.create("https://tpp.example.com/cb?code=abc%2Bdef&state=s-123&iss=https%3A%2F%2Fis");
    AuthorizationCallback cb = AuthorizationCallback.parse(uri);
    assertThat(cb.code(state)).isEqualTo("abc+def");
    assertThat(cb.issuer()).contains("https://is");
    assertThat(cb.state()).contains("s-123");
    assertThat(cb.error()).isEmpty();
    assertThat(cb.toString()).doesNotContain("abc").doesNotContain("s-123");
  }

  @Test
  void issuerIsCheckedWhenExpected() {
    AuthorizationCallback cb =
        AuthorizationCallback.parseQuery("code=c&state=s-123&iss=https%3A%2F%2Fis.example.com");
    assertThat(cb.code(state, "https://is.example.com")).isEqualTo("c");
    assertThatThrownBy(() -> cb.code(state, "https://other.example.com"))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("iss");
    assertThatThrownBy(
            () -> AuthorizationCallback.parseQuery("code=c&state=s-123").code(state, "https://is"))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("iss");
  }

  @Test
  void readsTheFragmentWhenTheQueryHasNoResponse() {
    URI uri = URI.create("https://tpp.example.com/cb?x=1#code=c1&state=s-123&id_token=t");
    assertThat(AuthorizationCallback.parse(uri).code(state)).isEqualTo("c1");
  }

  @Test
  void parsesFormPostBodies() {
    assertThat(AuthorizationCallback.parseQuery("state=s-123&code=c+2").code(state))
        .isEqualTo("c 2");
  }

  @Test
  void stateMismatchOrAbsenceIsRefused() {
    assertThatThrownBy(() -> AuthorizationCallback.parseQuery("code=c&state=other").code(state))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("state");
    assertThatThrownBy(() -> AuthorizationCallback.parseQuery("code=c").code(state))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("state");
    // a forged error with a wrong state is a state failure, not a denial
    assertThatThrownBy(
            () -> AuthorizationCallback.parseQuery("error=access_denied&state=x").code(state))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> AuthorizationCallback.parseQuery("code=c").code(null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void missingCodeIsRefused() {
    assertThatThrownBy(() -> AuthorizationCallback.parseQuery("state=s-123&code=").code(state))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("code");
  }

  @Test
  void errorResponseBecomesAuthorizationDenied() {
    URI uri =
        URI.create(
            "https://tpp.example.com/cb?error=access_denied"
                + "&error_description=User+denied%0Athe%20consent&error_uri=https%3A%2F%2Fe&state=s-123");
    assertThatThrownBy(() -> AuthorizationCallback.parse(uri).code(state))
        .isInstanceOfSatisfying(
            AuthorizationDeniedException.class,
            e -> {
              assertThat(e.error()).isEqualTo("access_denied");
              assertThat(e.errorDescription()).contains("User denied?the consent");
              assertThat(e.errorUri()).contains("https://e");
              assertThat(e.getMessage())
                  .isEqualTo("Authorization failed: access_denied (User denied?the consent)");
            });
    // no state at all on an error: still a denial
    assertThatThrownBy(() -> AuthorizationCallback.parseQuery("error=server_error").code(state))
        .isInstanceOf(AuthorizationDeniedException.class)
        .satisfies(
            e -> assertThat(((AuthorizationDeniedException) e).errorDescription()).isEmpty());
  }

  @Test
  void malformedQueriesAreValidationErrors() {
    for (String q : new String[] {"code=a&code=b", "code=%zz", "code=%4", "code=%C3%28"}) {
      assertThatThrownBy(() -> AuthorizationCallback.parseQuery(q))
          .isInstanceOf(ValidationException.class)
          .extracting(e -> ((ValidationException) e).field())
          .isEqualTo("callback");
    }
    assertThatThrownBy(() -> AuthorizationCallback.parse(null))
        .isInstanceOf(ValidationException.class);
    assertThat(AuthorizationCallback.parseQuery(null).parameters()).isEmpty();
    assertThat(AuthorizationCallback.parseQuery("&&a&b=").parameters())
        .containsEntry("a", "")
        .containsEntry("b", "");
  }

  @Test
  void fuzzedQueriesOnlyEverThrowDocumentedExceptions() {
    Random random = new Random(42);
    String alphabet = "abc=&%+#?2Fe0zZ~.\u00e9\u0000\n";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int j = 0; j < len; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String q = sb.toString();
      try {
        AuthorizationCallback.parseQuery(q).code(state);
      } catch (FsOnboardException expected) {
        assertThat(expected)
            .isInstanceOfAny(ValidationException.class, AuthorizationDeniedException.class);
      }
    }
  }
}
