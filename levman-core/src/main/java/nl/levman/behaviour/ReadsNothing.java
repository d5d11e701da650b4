package nl.levman.behaviour;

/**
 * A behaviour that decides on the completion alone, reading nothing the person hands in (planning
 * a meeting, making a ranking): its decoder passes the input on as it is.
 */
public interface ReadsNothing extends StepBehaviour<StepInput> {

  @Override
  default Decoded<StepInput> decode(StepInput input) {
    return Decoded.value(input);
  }
}
