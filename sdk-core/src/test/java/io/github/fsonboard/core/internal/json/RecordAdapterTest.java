package io.github.fsonboard.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.fsonboard.core.auth.Secret;
import io.github.fsonboard.core.internal.http.MoshiFactory;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordAdapterTest {
  private static final Moshi SDK = MoshiFactory.moshi();

  /** Moshi without the SDK's factories: its own record adapter, the behaviour to keep. */
  private static final Moshi PLAIN = new Moshi.Builder().build();

  public enum Colour {
    RED,
    GREEN,
    UNKNOWN
  }

  public record Key(String keyType, List<String> grantTypes, Map<String, String> attributes) {}

  public record App(
      String applicationId,
      Integer subscriptionCount,
      List<Key> keys,
      Map<String, String> attributes,
      Boolean hashEnabled,
      Colour colour,
      boolean active,
      int priority,
      long created) {}

  public record Renamed(@Json(name = "client_id") String clientId, String other) {}

  public record Page<T>(Integer count, List<T> list) {}

  public record Holder(Page<Key> keys, Page<? extends Key> bounded, List<Key>[] arrays) {}

  public record Untyped(Object value, Map<String, Object> members) {}

  public record WithSecret(String name, Secret secret) {}

  public record Validated(String id) {
    public Validated {
      if (id != null && id.startsWith("bad")) {
        throw new IllegalArgumentException("refusing " + id);
      }
    }
  }

  private static final String APP =
      "{\"applicationId\":\"a1\",\"subscriptionCount\":3,\"hashEnabled\":false,\"colour\":\"RED\","
          + "\"keys\":[{\"keyType\":\"PRODUCTION\",\"grantTypes\":[\"client_credentials\"],"
          + "\"attributes\":{}}],\"attributes\":{\"k\":\"v\"},\"active\":true,\"priority\":7,"
          + "\"created\":1796291314000,\"unknown\":{\"deep\":[1,2,{\"x\":null}]}}";

  @Test
  void installedInTheSdkMoshiForRecordsOnly() {
    assertThat(SDK.adapter(App.class).toString()).contains("JsonAdapter(App)");
    assertThat(SDK.adapter(String.class).toString()).doesNotContain("App");
  }

  @Test
  void decodesNestedRecordsListsMapsEnumsAndPrimitivesLikeMoshi() throws IOException {
    App ours = SDK.adapter(App.class).fromJson(APP);
    App moshis = PLAIN.adapter(App.class).fromJson(APP);

    assertThat(ours).isEqualTo(moshis);
    assertThat(ours.keys())
        .containsExactly(new Key("PRODUCTION", List.of("client_credentials"), Map.of()));
    assertThat(ours.attributes()).containsExactly(Map.entry("k", "v"));
    assertThat(ours.colour()).isEqualTo(Colour.RED);
    assertThat(ours.active()).isTrue();
    assertThat(ours.priority()).isEqualTo(7);
    assertThat(ours.created()).isEqualTo(1796291314000L);
  }

  @Test
  void absentAndNullMembersAreNullAndARepeatedMemberKeepsItsLastValue() throws IOException {
    String json =
        "{\"applicationId\":\"first\",\"applicationId\":\"last\",\"keys\":null,"
            + "\"active\":false,\"priority\":0,\"created\":0}";

    App ours = SDK.adapter(App.class).fromJson(json);

    assertThat(ours).isEqualTo(PLAIN.adapter(App.class).fromJson(json));
    assertThat(ours.applicationId()).isEqualTo("last");
    assertThat(ours.keys()).isNull();
    assertThat(ours.subscriptionCount()).isNull();
    assertThat(ours.colour()).isNull();
    assertThat(SDK.adapter(App.class).fromJson("null")).isNull();
  }

  @Test
  void aMissingPrimitiveIsRefusedWithMoshisMessage() {
    String json = "{\"active\":true,\"priority\":1}";

    assertThatThrownBy(() -> SDK.adapter(App.class).fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required value 'created' missing at $");
    assertThatThrownBy(() -> PLAIN.adapter(App.class).fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required value 'created' missing at $");
  }

  @Test
  void wrongShapesFailAsMoshiDoes() {
    for (String json :
        List.of(
            "{\"active\":null,\"priority\":1,\"created\":1}",
            "{\"colour\":\"PURPLE\",\"active\":true,\"priority\":1,\"created\":1}",
            "{\"keys\":{},\"active\":true,\"priority\":1,\"created\":1}",
            "[]")) {
      Throwable ours = catchFrom(() -> SDK.adapter(App.class).fromJson(json));
      Throwable moshis = catchFrom(() -> PLAIN.adapter(App.class).fromJson(json));
      assertThat(ours).as(json).isInstanceOf(JsonDataException.class);
      assertThat(ours).as(json).hasMessage(moshis.getMessage());
    }
  }

  @Test
  void failOnUnknownStillApplies() {
    JsonAdapter<Key> strict = SDK.adapter(Key.class).failOnUnknown();

    assertThatThrownBy(() -> strict.fromJson("{\"keyType\":\"x\",\"extra\":1}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("extra");
  }

  @Test
  void jsonNameAnnotationRenamesAMember() throws IOException {
    JsonAdapter<Renamed> adapter = SDK.adapter(Renamed.class);

    Renamed r = adapter.fromJson("{\"client_id\":\"c\",\"clientId\":\"ignored\",\"other\":\"o\"}");

    assertThat(r).isEqualTo(new Renamed("c", "o"));
    assertThat(adapter.toJson(r)).isEqualTo("{\"client_id\":\"c\",\"other\":\"o\"}");
  }

  @Test
  void genericRecordsResolveTheirTypeArguments() throws IOException {
    Type pageOfKeys =
        Types.newParameterizedTypeWithOwner(RecordAdapterTest.class, Page.class, Key.class);
    JsonAdapter<Page<Key>> pages = SDK.adapter(pageOfKeys);
    String json = "{\"count\":1,\"list\":[{\"keyType\":\"SANDBOX\"}]}";

    Page<Key> page = pages.fromJson(json);

    assertThat(pages.toString()).contains("JsonAdapter(Page)");
    assertThat(page.list()).containsExactly(new Key("SANDBOX", null, null));
    assertThat(page).isEqualTo(PLAIN.<Page<Key>>adapter(pageOfKeys).fromJson(json));
    Holder holder =
        SDK.adapter(Holder.class)
            .fromJson("{\"keys\":" + json + ",\"bounded\":" + json + ",\"arrays\":[[]]}");
    assertThat(holder.keys().list().get(0)).isInstanceOf(Key.class);
    assertThat(holder.bounded().list().get(0)).isInstanceOf(Key.class);
    assertThat(holder.arrays()).hasSize(1);
  }

  @Test
  void aRawGenericRecordIsLeftToMoshiWhichRefusesIt() {
    assertThatThrownBy(() -> SDK.adapter(Page.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No JsonAdapter for T");
    assertThatThrownBy(() -> PLAIN.adapter(Page.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No JsonAdapter for T");
  }

  @Test
  void untypedMembersFollowTheJsonNumbersRule() throws IOException {
    Untyped u =
        SDK.adapter(Untyped.class).fromJson("{\"value\":3600,\"members\":{\"exp\":1796291314}}");

    assertThat(u.value()).isEqualTo(3600L);
    assertThat(u.members()).containsExactly(Map.entry("exp", 1796291314L));
  }

  @Test
  void secretsDecodeAndEncodeThroughTheSecretAdapter() throws IOException {
    JsonAdapter<WithSecret> adapter = SDK.adapter(WithSecret.class);

    WithSecret w = adapter.fromJson("{\"name\":\"n\",\"secret\":\"s3cr3t\"}");

    assertThat(w.secret().reveal()).isEqualTo("s3cr3t");
    assertThat(adapter.toJson(w)).isEqualTo("{\"name\":\"n\",\"secret\":\"s3cr3t\"}");
  }

  @Test
  void writesComponentsInOrderOmittingNullsLikeMoshi() throws IOException {
    App app =
        new App(
            "a1",
            null,
            List.of(new Key("PRODUCTION", List.of(), null)),
            Map.of("k", "v"),
            null,
            Colour.GREEN,
            true,
            2,
            5L);

    String ours = SDK.adapter(App.class).toJson(app);

    assertThat(ours).isEqualTo(PLAIN.adapter(App.class).toJson(app));
    assertThat(ours)
        .isEqualTo(
            "{\"applicationId\":\"a1\",\"keys\":[{\"keyType\":\"PRODUCTION\",\"grantTypes\":[]}],"
                + "\"attributes\":{\"k\":\"v\"},\"colour\":\"GREEN\",\"active\":true,"
                + "\"priority\":2,\"created\":5}");
    assertThat(SDK.adapter(App.class).fromJson(ours)).isEqualTo(app);
  }

  @Test
  void aRefusingConstructorIsATypedShapeFailureThatDoesNotQuoteTheValue() {
    // Moshi's own adapter turns this into an AssertionError, which escapes RuntimeException
    // handlers.
    assertThatThrownBy(() -> SDK.adapter(Validated.class).fromJson("{\"id\":\"bad-s3cr3t\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Cannot build Validated from the JSON at path $: IllegalArgumentException")
        .hasNoCause();
  }

  private interface Action {
    void run() throws Exception;
  }

  private static Throwable catchFrom(Action action) {
    try {
      action.run();
    } catch (Exception e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }
}
