package org.example.host;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An integrator's Spring Boot service that embeds Levman: its own table of completion notes beside
 * Levman's, REST endpoints to start, list work and complete, and the people who may act.
 */
@SpringBootApplication
public class HostApplication {
  public static void main(String[] args) {
    SpringApplication.run(HostApplication.class, args);
  }
}
