package nl.levman.spring;

import java.net.URI;
import java.util.function.Function;
import nl.levman.api.CommandResult;
import nl.levman.model.AccessRejection;
import nl.levman.model.DomainRejection;
import nl.levman.model.FlowRejection;
import nl.levman.model.InputRejection;
import nl.levman.model.Rejection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A command's result as an HTTP response: the accepted result's body, or the rejection as an RFC
 * 9457 problem detail with the rejection's {@code code} and {@code family}, typed {@code
 * urn:levman:rejection:<code>}. The status follows the family: 403 for access, 404 for an unknown
 * process or instance, 409 for the instance's state (step not open, finished, exists, changed
 * concurrently, not yet due), 422 for input and domain rejections and the rest.
 */
public final class LevmanProblems {
  private LevmanProblems() {}

  /** The response for {@code result}: {@code body} of the accepted result, or the problem. */
  public static ResponseEntity<Object> respond(CommandResult result,
      Function<CommandResult.Accepted, Object> body) {
    if (result instanceof CommandResult.Rejected rejected) {
      ProblemDetail problem = problem(rejected.rejection());
      return ResponseEntity.status(problem.getStatus()).body(problem);
    }
    return ResponseEntity.ok(body.apply((CommandResult.Accepted) result));
  }

  /** The rejection as a problem detail. */
  public static ProblemDetail problem(Rejection rejection) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(rejection), rejection.message());
    problem.setType(URI.create("urn:levman:rejection:" + rejection.code()));
    problem.setTitle(rejection.code());
    problem.setProperty("code", rejection.code());
    problem.setProperty("family", family(rejection));
    return problem;
  }

  static HttpStatus status(Rejection rejection) {
    if (rejection instanceof AccessRejection) {
      return HttpStatus.FORBIDDEN;
    }
    return switch (rejection.code()) {
      case "UnknownProcess", "UnknownInstance" -> HttpStatus.NOT_FOUND;
      case "StepNotOpen", "InstanceFinished", "InstanceExists", "ConcurrentChange", "NotYetDue" ->
          HttpStatus.CONFLICT;
      default -> HttpStatus.UNPROCESSABLE_CONTENT;
    };
  }

  private static String family(Rejection rejection) {
    if (rejection instanceof FlowRejection) {
      return "flow";
    } else if (rejection instanceof AccessRejection) {
      return "access";
    } else if (rejection instanceof InputRejection) {
      return "input";
    } else if (rejection instanceof DomainRejection) {
      return "domain";
    }
    return "other";
  }
}
