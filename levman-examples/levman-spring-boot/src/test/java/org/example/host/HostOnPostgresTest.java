package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.levman.api.CompleteStep;
import nl.levman.api.LevmanEngine;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.memory.RecordingPublisher;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.spring.LevmanHealthIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The host application on PostgreSQL, as its users and its own code meet it: a completion commits
 * the host's row and Levman's step together or neither, no notification leaves for a rolled-back
 * transaction, and nobody acts without credentials or as someone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "levman.dispatch-interval=0s", "host.demo-password=secret", "spring.main.banner-mode=off", "levman.archive-folder=target/levman-archive"})
class HostOnPostgresTest {
  static final String SCHEMA = TestPostgres.freshSchema();

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry properties) {
    TestPostgres.execute("CREATE SCHEMA " + SCHEMA);
    properties.add("spring.datasource.url", () -> TestPostgres.urlOf(SCHEMA));
    properties.add("spring.datasource.username", () -> "postgres");
    properties.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void dropSchema() {
    TestPostgres.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
  }

  @TestConfiguration
  static class Notifications {
    @Bean
    RecordingPublisher recordingPublisher() {
      return new RecordingPublisher();
    }
  }

  @LocalServerPort int port;
  @Autowired LevmanEngine levman;
  @Autowired JdbcClient db;
  @Autowired RecordingPublisher published;
  @Autowired TransactionTemplate transaction;
  @Autowired MeterRegistry meters;
  @Autowired LevmanHealthIndicator health;
  final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> call(String method, String path, String user, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private WorkItem started(String instance) throws IOException, InterruptedException {
    HttpResponse<String> start = call("POST", "/api/instances", "ann",
        "{\"instance\":\"" + instance + "\",\"sla\":\"sla-acme-hosting\",\"dapWanted\":true}");
    assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
    return levman.workList(WorkQuery.all().person(PersonId.of("ann"))).stream()
        .filter(w -> w.instance().value().equals(instance)).findFirst().orElseThrow();
  }

  private long hostRows(WorkItem item) {
    return db.sql("SELECT COUNT(*) FROM host_completion WHERE work_item = ?").param(item.id().value())
        .query(Long.class).single();
  }

  private List<String> notifications(String instance) {
    return published.received().stream().filter(n -> n.instance().equals(InstanceId.of(instance)))
        .map(n -> n.kind() + " " + n.details().get("sequence")).toList();
  }

  @Test
  void aCompletionCommitsTheHostsRowAndTheStepTogetherAndIsCountedAndHealthy() throws Exception {
    WorkItem first = started("sla-commit");

    HttpResponse<String> done = call("POST", "/api/work/" + first.id().value() + "/completion", "ann",
        "{\"instance\":\"sla-commit\",\"note\":\"handed over\"}");

    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(hostRows(first)).isEqualTo(1);
    assertThat(levman.history(InstanceId.of("sla-commit"))).extracting(h -> h.type())
        .contains("step-completed.v1");
    assertThat(call("GET", "/api/work", "ann", null).body()).contains("sla-commit")
        .doesNotContain(first.id().value());
    assertThat(meters.get("levman.commands").tag("command", "complete").tag("outcome", "accepted")
        .counter().count()).isPositive();
    assertThat(meters.get("levman.command.latency").tag("command", "start").timer().count()).isPositive();
    assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    assertThat(health.health().getDetails()).containsKeys("timersOverdue", "outboxPending");
  }

  @Test
  void aRollbackKeepsNeitherTheHostsRowNorTheStepAndNoNotificationLeaves() throws Exception {
    WorkItem first = started("sla-rollback");
    List<String> before = notifications("sla-rollback");

    transaction.executeWithoutResult(status -> {
      db.sql("INSERT INTO host_completion (work_item, person, note) VALUES (?, 'ann', 'rolled back')")
          .param(first.id().value()).update();
      assertThat(levman.complete(CompleteStep.of(CommandId.of("complete-rolled-back"),
          InstanceId.of("sla-rollback"), first.id(), PersonId.of("ann")).build()).accepted()).isTrue();
      assertThat(notifications("sla-rollback")).as("nothing leaves before the commit").isEqualTo(before);
      status.setRollbackOnly();
    });

    assertThat(hostRows(first)).isZero();
    assertThat(levman.workList(WorkQuery.all().person(PersonId.of("ann")))).extracting(WorkItem::id)
        .contains(first.id());
    assertThat(notifications("sla-rollback")).isEqualTo(before);

    transaction.executeWithoutResult(status -> levman.complete(CompleteStep.of(
        CommandId.of("complete-committed"), InstanceId.of("sla-rollback"), first.id(), PersonId.of("ann")).build()));
    assertThat(notifications("sla-rollback")).as("after the commit").hasSizeGreaterThan(before.size());
  }

  @Test
  void aRequestWithoutCredentialsIsRefused() throws Exception {
    assertThat(call("GET", "/api/work", null, null).statusCode()).isEqualTo(401);
    assertThat(call("POST", "/api/instances", null,
        "{\"instance\":\"sla-anonymous\",\"sla\":\"sla-acme-hosting\",\"dapWanted\":true}").statusCode())
        .isEqualTo(401);
  }

  @Test
  void nobodyActsForSomeoneElse() throws Exception {
    WorkItem annsStep = started("sla-other");
    String path = "/api/work/" + annsStep.id().value() + "/completion";

    HttpResponse<String> namingAnn = call("POST", path, "lars", "{\"instance\":\"sla-other\",\"by\":\"ann\"}");
    HttpResponse<String> asLars = call("POST", path, "lars", "{\"instance\":\"sla-other\"}");

    assertThat(namingAnn.statusCode()).as("a request names no person").isEqualTo(400);
    assertThat(asLars.statusCode()).isEqualTo(403);
    assertThat(asLars.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(asLars.body()).contains("\"code\":\"RoleNotHeld\"", "urn:levman:rejection:RoleNotHeld");
    assertThat(hostRows(annsStep)).as("the host's row went with the refused step").isZero();
  }
}
