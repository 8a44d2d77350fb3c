package io.github.fsonboard.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against one default {@link Wso2Emulator}, injected into parameters
 * and fields of type {@code Wso2Emulator}.
 *
 * <pre>{@code
 * @WithWso2Emulator
 * class MyTest {
 *   @Test
 *   void works(Wso2Emulator wso2) {
 *     assertThat(wso2.state().keyManagerNames()).contains("Resident Key Manager");
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(Wso2EmulatorExtension.class)
public @interface WithWso2Emulator {}
