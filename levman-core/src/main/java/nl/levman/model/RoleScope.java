package nl.levman.model;

/** What a role is held for: the whole organisation, one supplier, or one service. */
public enum RoleScope {
  /** Held for the organisation as a whole, such as the management team. */
  ORGANISATION,
  /** Held per supplier, such as the contract manager responsible for supplier X. */
  SUPPLIER,
  /** Held per service, such as the service owner of service Y. */
  SERVICE
}
