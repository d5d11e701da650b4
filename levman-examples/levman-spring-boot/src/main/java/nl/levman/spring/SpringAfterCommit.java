package nl.levman.spring;

import nl.levman.spi.AfterCommit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Side effects of a command that joined a Spring transaction run when that transaction has
 * committed, and never after a rollback. They run in a transaction of their own (a linked process
 * is started as a command, which must not write into the finished transaction). Outside a Spring
 * transaction they run at once: the store committed on its own.
 */
final class SpringAfterCommit implements AfterCommit {
  private final TransactionTemplate own;

  SpringAfterCommit(PlatformTransactionManager transactions) {
    this.own = new TransactionTemplate(transactions);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void run(Runnable effects) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      effects.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        own.executeWithoutResult(status -> effects.run());
      }
    });
  }
}
