package nl.levman.api;

import java.util.Collection;
import java.util.Optional;
import nl.levman.model.ProcessDefinition;

/**
 * The definitions an engine runs, by key (the latest version of each is used for new instances;
 * older versions stay runnable for instances started on them). A link (SLM step 18 → process 8)
 * starts whatever is registered under its key.
 */
public interface ProcessRegistry {

  Optional<ProcessDefinition> latest(String key);

  Optional<ProcessDefinition> find(String key, int version);

  Collection<ProcessDefinition> all();
}
