package nl.levman.engine;

import java.util.ArrayList;
import java.util.List;
import nl.levman.model.InstanceId;
import nl.levman.spi.History;
import nl.levman.spi.InstanceHead;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.Instances;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.Heads;

/** Heads for a store that does not read them itself: each listed instance's last history row. */
final class HeadsFromHistory implements Heads {
  private final Instances instances;
  private final History history;

  HeadsFromHistory(Instances instances, History history) {
    this.instances = instances;
    this.history = history;
  }

  @Override
  public List<InstanceHead> heads(InstanceId after, int limit) {
    List<InstanceHead> heads = new ArrayList<>();
    InstanceId from = after;
    List<InstanceSummary> page;
    do {
      page = instances.list(from, limit);
      for (InstanceSummary s : page) {
        from = s.id();
        List<RecordedEvent> rows = history.events(s.id());
        if (!rows.isEmpty() && heads.size() < limit) {
          RecordedEvent last = rows.get(rows.size() - 1);
          heads.add(new InstanceHead(s.id(), last.sequence(), last.hash()));
        }
      }
    } while (heads.size() < limit && page.size() == limit);
    return heads;
  }
}
