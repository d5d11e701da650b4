package nl.levman.handbook;

import nl.levman.model.ArchivePlace;
import nl.levman.model.DocumentType;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;

/**
 * The roles, documents and archive places the Levman handbook names, and the keys of its
 * processes. Integrators who define further handbook processes (such as process 8) reuse these.
 */
public final class Handbook {
  private Handbook() {}

  public static final String SERVICE_LEVEL_MANAGEMENT = "service-level-management";
  public static final String SUPPLIER_RISK_REVIEW = "supplier-risk-review";
  /** Process 8 'Verlenging/Einde Contract', which the handbook text does not hold: integrators define it. */
  public static final String RENEWAL_OR_END = "verlenging-einde-contract";

  public static final String DAP_WANTED = "dap-wanted";
  public static final String SUPPLIER = "supplier";
  public static final String MITIGATION_ACTION = "mitigation-action";

  public static final Role SLM = new Role("SLM", "SLM", "Service level manager", RoleScope.SERVICE);
  public static final Role LEV = new Role("LEV", "Leverancier", "Supplier", RoleScope.SUPPLIER);
  public static final Role DE = new Role("DE", "Diensteigenaar", "Service owner", RoleScope.SERVICE);
  public static final Role PM = new Role("PM", "Productmanager", "Product manager", RoleScope.SERVICE);
  public static final Role CM = new Role("CM", "CM", "Contract manager", RoleScope.SUPPLIER);
  public static final Role CCM =
      new Role("CCM", "Coördinerende CM", "Coordinating contract manager", RoleScope.ORGANISATION);
  public static final Role MT = new Role("MT", "MT", "Management team", RoleScope.ORGANISATION);
  public static final Role INK = new Role("INK", "Inkoop / Inkoop EA", "Procurement", RoleScope.ORGANISATION);

  public static final DocumentType SLA = new DocumentType("sla", "SLA", "Service level agreement");
  public static final DocumentType DAP =
      new DocumentType("dap", "DAP", "Operational agreements and procedures (DAP)");
  public static final DocumentType SLR = new DocumentType("slr", "SLR", "Service level report");
  public static final DocumentType DECISIONS =
      new DocumentType("besluiten", "Besluiten", "Steering decisions");
  public static final DocumentType HANDLEIDING = new DocumentType("handleiding",
      "Levman handleiding contract documentatie", "Levman contract documentation guideline");
  public static final DocumentType MANDAATLIJST =
      new DocumentType("mandaatlijst", "Mandaatlijst", "Mandate list");
  public static final DocumentType JAARKALENDER =
      new DocumentType("jaarkalender", "Levman Jaarkalender", "Levman annual calendar");
  public static final DocumentType RISK_PROFILE_TEMPLATE = new DocumentType("risicoprofiel-template",
      "Template ‘Leverancier Risicoprofiel’", "Template 'Supplier risk profile'");
  public static final DocumentType RISK_PROFILE =
      new DocumentType("risicoprofiel", "Leverancier Risicoprofiel", "Supplier risk profile");
  public static final DocumentType MITIGATION_ACTIONS = new DocumentType("mitigatie-acties",
      "Mitigatie acties en status updates", "Mitigation actions and status updates");

  public static final ArchivePlace CONTRACTREGISTER =
      new ArchivePlace("contractregister", "Contractregister", "Contract register");
  public static final ArchivePlace SHAREPOINT =
      new ArchivePlace("sharepoint-levman", "SharePoint Levman", "SharePoint Levman");
}
