package dev.slipway.processor.emit;

import java.util.List;

/**
 * Writes the files of one output kind for one service. A pure function of its input: no javac, no
 * I/O, no parsing (everything is resolved in the plan), so it cannot fail on a value.
 */
public interface Emitter {

  List<GeneratedFile> emit(ServiceOutput service);
}
