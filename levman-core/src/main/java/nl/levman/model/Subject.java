package nl.levman.model;

/**
 * What an instance can be about, given when it starts: the supplier, the contract (an SLA), the
 * service. A definition names the subjects its instances require; a start without one of them is
 * refused with {@link FlowRejection.SubjectMissing}.
 */
public enum Subject {
  SUPPLIER("supplier"),
  CONTRACT("contract"),
  SERVICE("service");

  private final String word;

  Subject(String word) {
    this.word = word;
  }

  /** The name used in messages and in stored forms. */
  public String word() {
    return word;
  }
}
