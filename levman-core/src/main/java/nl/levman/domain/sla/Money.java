package nl.levman.domain.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import nl.levman.model.LevmanException;

/** An amount in a currency, always in cents, rounded half-even. */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (!currency.matches("[A-Z]{3}")) {
      throw new LevmanException("not an ISO currency code: " + currency);
    }
    amount = amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  public static Money euro(String amount) {
    return new Money(new BigDecimal(amount), "EUR");
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    same(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public Money min(Money other) {
    same(other);
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  private void same(Money other) {
    if (!currency.equals(other.currency)) {
      throw new LevmanException("cannot combine " + currency + " and " + other.currency);
    }
  }

  @Override
  public int compareTo(Money other) {
    same(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return currency + " " + amount.toPlainString();
  }
}
