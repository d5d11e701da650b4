package nl.levman.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The house style for Immutables value types: the generated implementation is package-private,
 * builders are strict (each attribute set once), the generated code needs only the JDK, and the
 * annotation is gone after compilation, so nothing Immutables is needed at run time. The generated
 * classes carry only the JDK's {@code javax.annotation.processing.Generated}: Immutables' own
 * {@code @Generated} stays in the class files, and the compilers of modules and hosts that use
 * them (without Immutables on their class path) warned "Cannot find annotation method 'from()'".
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    strictBuilder = true,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = false),
    overshadowImplementation = true,
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class, Override.class})
public @interface ValueStyle {}
