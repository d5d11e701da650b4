package nl.levman.spi;

import java.util.List;

/**
 * The open work items, as committed by {@link Instances}: a query that must stay fast with
 * hundreds of thousands of instances. Thread-safe.
 */
public interface WorkList {

  List<StoredWorkItem> find(WorkItemQuery query);
}
