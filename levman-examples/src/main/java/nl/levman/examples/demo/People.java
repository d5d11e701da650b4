package nl.levman.examples.demo;

import java.util.ArrayList;
import java.util.List;
import nl.levman.examples.cli.DirectoryFile;
import nl.levman.model.RoleScope;

/** The people of the simulated department and the roles they hold. */
final class People {
  private People() {}

  static String serviceOwner(String supplier) {
    return Math.abs(supplier.hashCode()) % 2 == 0 ? "dirk" : "dora";
  }

  static String contractManager(String supplier) {
    return Math.abs(supplier.hashCode()) % 2 == 0 ? "carl" : "cees";
  }

  /** Who completes a step of a role for a supplier. The product manager acts for dirk at step 10. */
  static String holder(String role, String supplier, int step, String process) {
    return switch (role) {
      case "SLM" -> "ann";
      case "LEV" -> "lev-" + supplier;
      case "DE" -> step == 10 && process.equals("service-level-management") && serviceOwner(supplier).equals("dirk")
          ? "pim" : serviceOwner(supplier);
      case "CM" -> contractManager(supplier);
      case "CCM" -> "carla";
      case "MT" -> "mia";
      case "INK" -> "ingrid";
      default -> "nobody";
    };
  }

  static List<DirectoryFile.Grant> grants(List<Suppliers.Supplier> suppliers) {
    List<DirectoryFile.Grant> grants = new ArrayList<>();
    grants.add(new DirectoryFile.Grant("carla", "CCM", RoleScope.ORGANISATION, "*"));
    grants.add(new DirectoryFile.Grant("mia", "MT", RoleScope.ORGANISATION, "*"));
    grants.add(new DirectoryFile.Grant("ingrid", "INK", RoleScope.ORGANISATION, "*"));
    for (Suppliers.Supplier s : suppliers) {
      grants.add(new DirectoryFile.Grant("ann", "SLM", RoleScope.SERVICE, s.service()));
      grants.add(new DirectoryFile.Grant("lev-" + s.id(), "LEV", RoleScope.SUPPLIER, s.id()));
      grants.add(new DirectoryFile.Grant(serviceOwner(s.id()), "DE", RoleScope.SERVICE, s.service()));
      grants.add(new DirectoryFile.Grant(serviceOwner(s.id()), "DE", RoleScope.SUPPLIER, s.id()));
      grants.add(new DirectoryFile.Grant(contractManager(s.id()), "CM", RoleScope.SUPPLIER, s.id()));
    }
    return grants;
  }
}
