package com.example.violations.clean;

import java.util.ArrayList;
import java.util.List;
import nl.levman.handbook.Handbook;
import nl.levman.model.ProcessDefinition;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.Notification;

/** A conforming extension: a publisher and a process built on the published packages only. */
public final class CleanPublisher implements EventPublisher {
  private final List<Notification> seen = new ArrayList<>();

  @Override
  public void publish(Notification notification) {
    seen.add(notification);
  }

  public static ProcessDefinition process() {
    return ProcessDefinition.builder("clean", 1).roles(Handbook.SLM)
        .step(1).by(Handbook.SLM).nl("Stap").end().build();
  }
}
