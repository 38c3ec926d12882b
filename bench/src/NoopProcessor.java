import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor for Slipway's annotations that does nothing: compiling with it instead of with
 * {@code -proc:none} shows what javac itself spends on running any processor (discovery, the
 * rounds, finding annotated elements), the part of Slipway's added time that Slipway cannot
 * change. A variant of {@code bench/run.sh} and a column of {@code bench/profile.sh}.
 */
@SupportedAnnotationTypes("dev.slipway.annotations.*")
public final class NoopProcessor extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
