package nl.levman.examples.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import nl.levman.model.Language;

/**
 * Amounts of money as people read them: euros in Dutch as {@code € 19.950,00} and in English as
 * {@code €19,950.00}, always with two decimals, rounded half-even. The Dutch form has a no-break
 * space (U+00A0) after the euro sign, as {@link NumberFormat} writes it for nl-NL, so that the
 * sign never ends a line on its own.
 */
public final class Money {
  private Money() {}

  /** An amount in euros. */
  public static String euros(BigDecimal amount, Language language) {
    return format(amount, "EUR", language);
  }

  /** An amount of the domain's money, in its own currency. */
  public static String format(nl.levman.domain.sla.Money money, Language language) {
    return format(money.amount(), money.currency(), language);
  }

  /** An amount in the currency with this ISO 4217 code. */
  public static String format(BigDecimal amount, String currency, Language language) {
    Locale locale = Labels.of(language).locale();
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(currency));
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
    return format.format(amount);
  }
}
