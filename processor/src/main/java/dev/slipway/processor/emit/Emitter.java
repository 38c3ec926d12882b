package dev.slipway.processor.emit;

import dev.slipway.processor.model.Compilation;
import java.util.List;

/**
 * Turns a validated compilation into files of one output kind. A pure function: no javac, no
 * I/O. Emitters run only when validation found no error, so they may assume valid values.
 */
public interface Emitter {

  List<GeneratedFile> emit(Compilation compilation);
}
