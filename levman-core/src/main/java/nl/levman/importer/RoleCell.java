package nl.levman.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.levman.model.Role;

/**
 * The Verantwoordelijke column: a role word of the vocabulary, a remark in brackets that says the
 * role may be delegated ("soms gedelegeerd aan bijvoorbeeld een productmanager"), and further roles
 * after "of" ("CM of coördinerende CM"). A blank cell is a step nobody performs ("Einde proces").
 */
record RoleCell(Optional<Role> role, List<Role> alternates, boolean delegable) {
  private static final Pattern REMARK = Pattern.compile("\\(([^)]*)\\)");
  private static final Pattern OR = Pattern.compile("\\s+of\\s+|\\s*,\\s*", Pattern.CASE_INSENSITIVE);

  static RoleCell read(TableText.Cell cell, Vocabulary words, String source, Problems problems) {
    String text = cell.flat();
    if (text.isEmpty()) {
      return new RoleCell(Optional.empty(), List.of(), false);
    }
    boolean delegable = false;
    Matcher remark = REMARK.matcher(text);
    while (remark.find()) {
      if (remark.group(1).toLowerCase(java.util.Locale.ROOT).contains("gedelegeerd")) {
        delegable = true;
      } else {
        problems.error(source, cell.line(), "the remark '(" + Words.brief(remark.group(1).strip())
            + ")' in the Verantwoordelijke column is not understood; expected a role, optionally with"
            + " '(soms gedelegeerd aan …)'");
      }
    }
    String name = withoutRemarks(text);
    Optional<Role> whole = words.roleNamed(name);
    if (whole.isPresent()) {
      return new RoleCell(whole, List.of(), delegable);
    }
    List<Role> roles = new ArrayList<>();
    for (String part : OR.split(name)) {
      Optional<Role> role = words.roleNamed(part);
      if (role.isEmpty()) {
        problems.error(source, cell.line(), "unknown role word '" + Words.brief(part) + "' in the Verantwoordelijke"
            + " column; expected one of " + words.roleNames()
            + " (an overlay adds words under words.roles, new roles under declare.roles)");
        return new RoleCell(Optional.empty(), List.of(), delegable);
      }
      roles.add(role.get());
    }
    return new RoleCell(Optional.of(roles.get(0)), roles.subList(1, roles.size()), delegable);
  }

  static String withoutRemarks(String text) {
    return Words.strip(REMARK.matcher(text).replaceAll(" ").replaceAll("\\s+", " "));
  }
}
