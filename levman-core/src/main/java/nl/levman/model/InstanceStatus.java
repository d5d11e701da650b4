package nl.levman.model;

/** Whether an instance still runs. */
public enum InstanceStatus {
  RUNNING,
  COMPLETED
}
