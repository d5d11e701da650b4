package nl.levman.memory;

import nl.levman.spi.HistoryContract;
import nl.levman.spi.InstancesContract;
import nl.levman.spi.OutboxContract;
import nl.levman.spi.StorePorts;
import nl.levman.spi.TimersContract;
import nl.levman.spi.WorkListContract;
import org.junit.jupiter.api.Nested;

/** The in-memory store passes the contracts of the four persistence ports. */
class InMemoryStoreTest {

  @Nested
  class AsInstances extends InstancesContract {
    @Override
    protected StorePorts ports() {
      return StorePorts.of(new InMemoryStore());
    }
  }

  @Nested
  class AsHistory extends HistoryContract {
    @Override
    protected StorePorts ports() {
      return StorePorts.of(new InMemoryStore());
    }
  }

  @Nested
  class AsWorkList extends WorkListContract {
    @Override
    protected StorePorts ports() {
      return StorePorts.of(new InMemoryStore());
    }
  }

  @Nested
  class AsTimers extends TimersContract {
    @Override
    protected StorePorts ports() {
      return StorePorts.of(new InMemoryStore());
    }
  }

  @Nested
  class AsOutbox extends OutboxContract {
    @Override
    protected StorePorts ports() {
      return StorePorts.of(new InMemoryStore());
    }
  }
}
