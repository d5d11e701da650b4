package com.example.violations.engineuser;

import nl.levman.api.LevmanEngine;
import nl.levman.engine.EngineParts;
import nl.levman.engine.Engines;

/** A deliberate violation: an extension that builds the engine itself instead of through Levman. */
public final class EngineUser {
  public LevmanEngine build(EngineParts parts) {
    return Engines.create(parts);
  }
}
