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

  /** Reads an SLR from JSON; a malformed one is a {@link LevmanException} naming the field. */
  public static ServiceLevelReport fromJson(String text) {
    nl.levman.json.JsonFields json = nl.levman.json.JsonFields.parse(text);
    Map<String, Measurement> values = new LinkedHashMap<>();
    nl.levman.json.JsonFields kpis = json.object("kpis");
    for (String id : kpis.keys()) {
      nl.levman.json.JsonFields v = kpis.object(id);
      values.put(id, new Measurement(v.decimal("value"), v.text("unit"), v.optionalText("explanation")));
    }
    int version = json.has("version") ? json.whole("version", 1, 1000) : 1;
    return new ServiceLevelReport(json.text("sla"), json.whole("period", 1, 100_000),
        json.date("from"), json.date("to"), version, values);
  }

  public List<String> kpis() {
    return List.copyOf(new TreeMap<>(values).keySet());
  }
}
