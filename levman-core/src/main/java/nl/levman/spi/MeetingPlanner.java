package nl.levman.spi;

import java.util.List;

/**
 * Plans meetings: the contractual and internal meetings of SLM step 2, the ad hoc performance
 * meeting of step 14, the MT review meeting of risk-review step 4. Implementations send or store
 * invitations; they must be thread-safe, and planning the same request twice plans two meetings.
 * Requests come through the engine's outbox, at least once: when planning throws, the engine plans
 * the same request again after a back-off; when a node dies between planning and recording the
 * delivery, another node plans it again.
 */
public interface MeetingPlanner {

  PlannedMeeting plan(MeetingRequest request);

  /** Every meeting planned for a supplier's dossier, in the order planned. */
  List<PlannedMeeting> planned(String supplier, String dossier);
}
