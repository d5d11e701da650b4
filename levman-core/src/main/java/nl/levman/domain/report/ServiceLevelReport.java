package nl.levman.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.levman.json.Json;
import nl.levman.model.LevmanException;

/**
 * A service level report: the <em>Service Level Rapportage</em> of the handbook, the supplier's
 * periodic report of the KPIs of its SLA — not ITIL's "service level requirement". One measured
 * value per KPI for one reporting period (numbered from 1); a correction is a new version.
 */
public record ServiceLevelReport(
    String sla, int period, LocalDate from, LocalDate to, int version, Map<String, Measurement> values) {

  public ServiceLevelReport {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    values = Map.copyOf(values);
    if (period < 1 || version < 1) {
      throw new LevmanException("an SLR's period and version count from 1");
    }
  }

  /** The measured value of a KPI; a {@link LevmanException} naming it if the report has none. */
  public BigDecimal value(String kpi) {
    Measurement m = values.get(kpi);
    if (m == null) {
      throw new LevmanException("the SLR for period " + period + " has no value for KPI " + kpi);
    }
    return m.value();
  }

  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sla", sla);
    json.put("period", period);
    json.put("from", from.toString());
    json.put("to", to.toString());
    json.put("version", version);
    Map<String, Object> kpis = new TreeMap<>();
    values.forEach((id, m) -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("value", m.value());
      v.put("unit", m.unit());
      v.put("explanation", m.explanation().orElse(null));
      kpis.put(id, v);
    });
    json.put("kpis", kpis);
    return json;
  }

  public String toJsonText() {
    return Json.write(toJson());
  }

  /** Reads an SLR from JSON; a malformed one is a {@link LevmanException} that says what is wrong. */
  @SuppressWarnings("unchecked")
  public static ServiceLevelReport fromJson(String text) {
    Map<String, Object> json = Json.parseObject(text);
    try {
      Map<String, Measurement> values = new LinkedHashMap<>();
      ((Map<String, Object>) json.get("kpis")).forEach((id, o) -> {
        Map<String, Object> v = (Map<String, Object>) o;
        values.put(id, new Measurement(new BigDecimal(String.valueOf(v.get("value"))), (String) v.get("unit"),
            Optional.ofNullable((String) v.get("explanation"))));
      });
      return new ServiceLevelReport((String) json.get("sla"), ((Number) json.get("period")).intValue(),
          LocalDate.parse((String) json.get("from")), LocalDate.parse((String) json.get("to")),
          ((Number) json.getOrDefault("version", 1L)).intValue(), values);
    } catch (RuntimeException e) {
      throw new LevmanException("not a valid SLR (fields sla, period, from, to, kpis with value and unit): "
          + e.getMessage(), e);
    }
  }

  public List<String> kpis() {
    return List.copyOf(new TreeMap<>(values).keySet());
  }
}
