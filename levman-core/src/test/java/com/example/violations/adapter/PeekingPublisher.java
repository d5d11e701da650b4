package com.example.violations.adapter;

import nl.levman.engine.Engines;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.Notification;

/** A deliberate violation: an adapter that reaches into the engine. */
public final class PeekingPublisher implements EventPublisher {
  @Override
  public void publish(Notification notification) {
    System.out.println(Engines.class.getName() + " " + notification);
  }
}
