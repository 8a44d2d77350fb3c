package io.github.fsonboard.apim.internal;

import io.github.fsonboard.apim.selfsignup.Claim;
import io.github.fsonboard.apim.selfsignup.SignUpResult;
import io.github.fsonboard.core.auth.Secret;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.POST;

/** IS self-registration as served by APIM ({@code [/t/{tenant}]/api/identity/user/v1.0/me}). */
public interface SelfSignUpService {
  /** SelfUserRegistrationRequest. */
  record Body(User user, List<Object> properties) {}

  /** SelfUserRegistrationUser. */
  record User(String username, String realm, Secret password, List<Claim> claims) {}

  @POST("api/identity/user/v1.0/me")
  Call<SignUpResult> signUp(@retrofit2.http.Body Body body);
}
