package nl.levman.examples.report;

import static java.util.Objects.requireNonNull;
import static nl.levman.examples.report.Html.esc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A line chart, as inline SVG, of one KPI of one supplier over its reporting periods, from plain
 * data: the measured value per period, the target and the warning threshold (beyond which a miss is
 * a breach) and whether higher or lower is better. It has a title, a y axis with ticks and its unit,
 * the periods along the x axis, each value written at its point, the target and warning lines, the
 * warning band and breach zone lightly shaded, the points in the warning band and the breaches
 * marked, and a legend. A value exactly on the target is met, exactly on the warning threshold a
 * warning, as in {@code nl.levman.domain.sla.Kpi}. The same data always give the same bytes.
 *
 * <pre>{@code
 * String svg = KpiChart.builder("Beschikbaarheid", "Acme BV").unit("%").higherIsBetter()
 *     .target(99.8).warning(99.5)
 *     .point("2026-01", 99.91).point("2026-02", 99.62).point("2026-03", 99.31)
 *     .build().svg(Labels.dutch());
 * }</pre>
 */
public final class KpiChart {
  /** Which way a value is better. */
  public enum Better { HIGHER, LOWER }

  /** How a measured value stands against the target and the warning threshold. */
  public enum State { MET, WARNING, BREACH }

  /** The value measured in one period, such as "2026-01". */
  public record Point(String period, BigDecimal value) {
    public Point {
      requireNonNull(period, "period");
      requireNonNull(value, "value");
    }
  }

  /** Where a value is written relative to its point. */
  private enum Place {
    ABOVE(0, -10, ""), BELOW(0, 19, ""), UPPER_RIGHT(7, -8, "start"), UPPER_LEFT(-7, -8, "end");

    final double dx;
    final double dy;
    final String anchor;

    Place(double dx, double dy, String anchor) {
      this.dx = dx;
      this.dy = dy;
      this.anchor = anchor;
    }
  }

  private static final String INK = "#1f2933";
  private static final String MUTED = "#52606d";
  private static final String AXIS = "#9aa5b1";
  private static final String GRID = "#e4e7eb";
  private static final String LINE = "#1f4e79";
  private static final String TARGET = "#2f855a";
  private static final String WARNING = "#c77c02";
  private static final String BREACH = "#c53030";
  private static final String FONTS =
      "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, 'DejaVu Sans', sans-serif";

  private final String kpi;
  private final String supplier;
  private final String unit;
  private final Better better;
  private final BigDecimal target;
  private final BigDecimal warning;
  private final List<Point> points;
  private final int precision;
  private final int width;
  private final int height;

  private KpiChart(Builder b) {
    this.kpi = b.kpi;
    this.supplier = b.supplier;
    this.unit = b.unit;
    this.better = b.better;
    this.target = requireNonNull(b.target, "the chart of " + b.kpi + " needs a target");
    this.warning = requireNonNull(b.warning, "the chart of " + b.kpi + " needs a warning threshold");
    this.points = List.copyOf(b.points);
    this.width = b.width;
    this.height = b.height;
    if (points.isEmpty()) {
      throw new IllegalArgumentException("the chart of " + kpi + " needs at least one measured value");
    }
    Set<String> periods = new HashSet<>();
    for (Point p : points) {
      if (!periods.add(p.period())) {
        throw new IllegalArgumentException("period " + p.period() + " is measured twice");
      }
    }
    boolean ordered = better == Better.HIGHER ? warning.compareTo(target) <= 0 : warning.compareTo(target) >= 0;
    if (!ordered) {
      throw new IllegalArgumentException("the warning threshold " + warning.toPlainString()
          + " must lie on the bad side of the target " + target.toPlainString());
    }
    this.precision = b.precision >= 0 ? b.precision
        : Math.min(3, points.stream().mapToInt(p -> Math.max(0, p.value().stripTrailingZeros().scale())).max()
            .orElse(0));
  }

  /** Starts a chart of this KPI (its name as the reader knows it) for this supplier. */
  public static Builder builder(String kpi, String supplier) {
    return new Builder(kpi, supplier);
  }

  public String kpi() {
    return kpi;
  }

  public String supplier() {
    return supplier;
  }

  public String unit() {
    return unit;
  }

  public Better better() {
    return better;
  }

  public BigDecimal target() {
    return target;
  }

  public BigDecimal warning() {
    return warning;
  }

  public List<Point> points() {
    return points;
  }

  /** Met on or beyond the target, a warning up to and on the threshold, a breach beyond it. */
  public State state(BigDecimal value) {
    int sign = better == Better.HIGHER ? 1 : -1;
    if (sign * value.compareTo(target) >= 0) {
      return State.MET;
    }
    return sign * value.compareTo(warning) >= 0 ? State.WARNING : State.BREACH;
  }

  /** The chart as an {@code <svg>} element, its words and numbers in the labels' language. */
  public String svg(Labels labels) {
    return new Drawing(labels).draw();
  }

  /** Builds a chart; target and warning threshold are required, higher is better by default. */
  public static final class Builder {
    private final String kpi;
    private final String supplier;
    private String unit = "";
    private Better better = Better.HIGHER;
    private BigDecimal target;
    private BigDecimal warning;
    private final List<Point> points = new ArrayList<>();
    private int precision = -1;
    private int width = 880;
    private int height = 330;

    private Builder(String kpi, String supplier) {
      this.kpi = requireNonNull(kpi, "kpi");
      this.supplier = requireNonNull(supplier, "supplier");
    }

    /** The unit values are measured in, such as "%" or "uur"; none by default. */
    public Builder unit(String unit) {
      this.unit = requireNonNull(unit, "unit");
      return this;
    }

    public Builder better(Better better) {
      this.better = requireNonNull(better, "better");
      return this;
    }

    public Builder higherIsBetter() {
      return better(Better.HIGHER);
    }

    public Builder lowerIsBetter() {
      return better(Better.LOWER);
    }

    public Builder target(BigDecimal target) {
      this.target = requireNonNull(target, "target");
      return this;
    }

    public Builder target(double target) {
      return target(BigDecimal.valueOf(target));
    }

    /** The threshold beyond which a miss of the target is a breach. */
    public Builder warning(BigDecimal warning) {
      this.warning = requireNonNull(warning, "warning");
      return this;
    }

    public Builder warning(double warning) {
      return warning(BigDecimal.valueOf(warning));
    }

    /** The value measured in a period; periods are shown in the order they are added. */
    public Builder point(String period, BigDecimal value) {
      points.add(new Point(period, value));
      return this;
    }

    public Builder point(String period, double value) {
      return point(period, BigDecimal.valueOf(value));
    }

    public Builder points(List<Point> measured) {
      points.addAll(measured);
      return this;
    }

    /** Decimals of the values written at the points; by default as many as the values have (at most 3). */
    public Builder precision(int decimals) {
      if (decimals < 0 || decimals > 6) {
        throw new IllegalArgumentException("precision must be 0 to 6, not " + decimals);
      }
      this.precision = decimals;
      return this;
    }

    /** The drawing's size in pixels; it scales down to fit a narrower page. */
    public Builder size(int width, int height) {
      if (width < 320 || height < 200) {
        throw new IllegalArgumentException("a chart needs at least 320 × 200 pixels");
      }
      this.width = width;
      this.height = height;
      return this;
    }

    public KpiChart build() {
      return new KpiChart(this);
    }
  }

  /** One drawing of the chart in one language. */
  private final class Drawing {
    private final Labels labels;
    private final NumberFormat values;
    private final StringBuilder s = new StringBuilder();
    private double axisLo;
    private double axisHi;
    private BigDecimal step;
    private double legendBottom;
    private double top;
    private double bottom;

    Drawing(Labels labels) {
      this.labels = labels;
      this.values = numbers(labels.locale(), precision);
    }

    String draw() {
      ticks();
      NumberFormat tickFormat = numbers(labels.locale(), Math.max(0, step.stripTrailingZeros().scale()));
      List<String> tickLabels = new ArrayList<>();
      for (BigDecimal t = BigDecimal.valueOf(axisLo); t.doubleValue() <= axisHi + 1e-9; t = t.add(step)) {
        tickLabels.add(tickFormat.format(t));
      }
      double tickWidth = tickLabels.stream().mapToDouble(t -> width(t, 11)).max().orElse(0);
      double left = 16 + 16 + 8 + tickWidth + 8;
      double right = width - 20;
      int n = points.size();
      double band = (right - left) / n;
      double periodWidth = points.stream().mapToDouble(p -> width(p.period(), 11)).max().orElse(0);
      boolean slanted = band < periodWidth + 8;
      legendBottom = legend(16, 48);
      top = legendBottom + 26;
      bottom = height - 24 - (slanted ? periodWidth * 0.71 + 16 : 22);

      s.insert(0, header());
      zones(left, right);
      grid(left, right, tickLabels);
      level(left, right, target, TARGET, "7 4", 2);
      level(left, right, warning, WARNING, "3 3", 1.6);
      periods(left, band, slanted);
      series(left, band);
      axisTitles(left, right);
      s.append("</svg>\n");
      return s.toString();
    }

    private String header() {
      StringBuilder h = new StringBuilder();
      String title = kpi + " \u2014 " + supplier;
      h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
          .append("\" width=\"").append(width).append("\" height=\"").append(height)
          .append("\" role=\"img\" font-family=\"").append(esc(FONTS)).append("\" font-size=\"11\">\n");
      h.append("<title>").append(esc(title)).append("</title>\n");
      h.append("<rect width=\"").append(width).append("\" height=\"").append(height)
          .append("\" fill=\"#ffffff\"/>\n");
      h.append("<text x=\"16\" y=\"24\" font-size=\"14\" font-weight=\"bold\" fill=\"").append(INK).append("\">")
          .append(esc(title)).append("</text>\n");
      h.append("<text x=\"").append(width - 16).append("\" y=\"24\" text-anchor=\"end\" fill=\"").append(MUTED)
          .append("\">").append(esc(labels.get(better == Better.HIGHER ? "chart.higherIsBetter"
              : "chart.lowerIsBetter"))).append("</text>\n");
      return h.toString();
    }

    /** The legend from (x, y), wrapping before the right edge; returns the y of its last row. */
    private double legend(double x, double y) {
      s.append("<g class=\"legend\" fill=\"").append(INK).append("\">\n");
      double at = x;
      double row = y;
      List<String[]> items = new ArrayList<>();
      items.add(new String[] {"measured", labels.get("chart.measured")});
      items.add(new String[] {"target", labels.get("chart.target") + " " + withUnit(values.format(target))});
      items.add(new String[] {"warning", labels.get("chart.warning") + " " + withUnit(values.format(warning))});
      if (points.stream().anyMatch(p -> state(p.value()) == State.WARNING)) {
        items.add(new String[] {"pointWarning", labels.get("chart.pointWarning")});
      }
      if (points.stream().anyMatch(p -> state(p.value()) == State.BREACH)) {
        items.add(new String[] {"pointBreach", labels.get("chart.pointBreach")});
      }
      for (String[] item : items) {
        double w = 30 + width(item[1], 11) + 20;
        if (at > x && at + w > width - 16) {
          at = x;
          row += 20;
        }
        switch (item[0]) {
          case "measured" -> {
            s.append(line(at, row, at + 24, row, LINE, 2.2, ""));
            s.append(dot(at + 12, row, State.MET));
          }
          case "target" -> s.append(line(at, row, at + 24, row, TARGET, 2, "7 4"));
          case "warning" -> s.append(line(at, row, at + 24, row, WARNING, 1.6, "3 3"));
          case "pointWarning" -> s.append(dot(at + 12, row, State.WARNING));
          default -> s.append(dot(at + 12, row, State.BREACH));
        }
        s.append("<text x=\"").append(num(at + 30)).append("\" y=\"").append(num(row + 4)).append("\">")
            .append(esc(item[1])).append("</text>\n");
        at += w;
      }
      s.append("</g>\n");
      return row;
    }

    /** The warning band and the breach zone, lightly shaded across the plot. */
    private void zones(double left, double right) {
      double t = y(target.doubleValue());
      double w = y(warning.doubleValue());
      double edge = better == Better.HIGHER ? bottom : top;
      rect(left, Math.min(t, w), right, Math.max(t, w), "#fdf6e3");
      rect(left, Math.min(w, edge), right, Math.max(w, edge), "#fdeded");
    }

    private void rect(double x1, double y1, double x2, double y2, String fill) {
      double a = Math.max(top, Math.min(bottom, y1));
      double b = Math.max(top, Math.min(bottom, y2));
      if (b - a > 0.05) {
        s.append("<rect x=\"").append(num(x1)).append("\" y=\"").append(num(a)).append("\" width=\"")
            .append(num(x2 - x1)).append("\" height=\"").append(num(b - a)).append("\" fill=\"").append(fill)
            .append("\"/>\n");
      }
    }

    private void grid(double left, double right, List<String> tickLabels) {
      s.append("<g class=\"y-axis\">\n");
      BigDecimal t = BigDecimal.valueOf(axisLo);
      for (String label : tickLabels) {
        double y = y(t.doubleValue());
        s.append(line(left, y, right, y, GRID, 1, ""));
        s.append(line(left - 5, y, left, y, AXIS, 1, ""));
        s.append("<text x=\"").append(num(left - 8)).append("\" y=\"").append(num(y + 4))
            .append("\" text-anchor=\"end\" fill=\"").append(MUTED).append("\">").append(esc(label)).append("</text>\n");
        t = t.add(step);
      }
      s.append(line(left, top, left, bottom, AXIS, 1.2, ""));
      s.append(line(left, bottom, right, bottom, AXIS, 1.2, ""));
      s.append("</g>\n");
    }

    private void level(double left, double right, BigDecimal value, String colour, String dash, double stroke) {
      double y = y(value.doubleValue());
      s.append(line(left, y, right, y, colour, stroke, dash));
    }

    private void periods(double left, double band, boolean slanted) {
      s.append("<g class=\"x-axis\" fill=\"").append(MUTED).append("\">\n");
      for (int i = 0; i < points.size(); i++) {
        double x = left + band * (i + 0.5);
        s.append(line(x, bottom, x, bottom + 5, AXIS, 1, ""));
        String label = esc(points.get(i).period());
        if (slanted) {
          s.append("<text x=\"").append(num(x + 3)).append("\" y=\"").append(num(bottom + 16))
              .append("\" text-anchor=\"end\" transform=\"rotate(-45 ").append(num(x + 3)).append(' ')
              .append(num(bottom + 16)).append(")\">").append(label).append("</text>\n");
        } else {
          s.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(bottom + 18))
              .append("\" text-anchor=\"middle\">").append(label).append("</text>\n");
        }
      }
      s.append("</g>\n");
    }

    private void series(double left, double band) {
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < points.size(); i++) {
        path.append(i == 0 ? "M" : " L").append(num(left + band * (i + 0.5))).append(',')
            .append(num(y(points.get(i).value().doubleValue())));
      }
      s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(LINE)
          .append("\" stroke-width=\"2.2\" stroke-linejoin=\"round\"/>\n");
      double labelWidth = points.stream().mapToDouble(p -> width(values.format(p.value()), 10.5)).max().orElse(0);
      boolean crowded = band < labelWidth + 4;
      s.append("<g class=\"points\" font-size=\"10.5\" text-anchor=\"middle\">\n");
      for (int i = 0; i < points.size(); i++) {
        Point p = points.get(i);
        double x = left + band * (i + 0.5);
        double y = y(p.value().doubleValue());
        State state = state(p.value());
        String text = values.format(p.value());
        String colour = state == State.BREACH ? BREACH : state == State.WARNING ? "#8a5a00" : INK;
        s.append("<g><title>").append(esc(p.period() + ": " + withUnit(text) + " \u2014 "
            + labels.get(state == State.MET ? "chart.met" : state == State.WARNING ? "chart.stateWarning"
                : "chart.stateBreach"))).append("</title>");
        s.append(dot(x, y, state));
        Place place = crowded ? (i % 2 == 1 ? Place.BELOW : Place.ABOVE) : place(i, y);
        s.append("<text x=\"").append(num(x + place.dx)).append("\" y=\"").append(num(y + place.dy)).append('"')
            .append(place.anchor.isEmpty() ? "" : " text-anchor=\"" + place.anchor + "\"")
            .append(" fill=\"").append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\""
                + " paint-order=\"stroke\"").append(state == State.MET ? "" : " font-weight=\"bold\"")
            .append('>').append(esc(text)).append("</text></g>\n");
      }
      s.append("</g>\n");
    }

    /**
     * Where a value goes so that the line does not run through it: above a peak, below a valley,
     * and beside a point the line passes through, on the side the line leaves free.
     */
    private Place place(int i, double y) {
      double before = i > 0 ? y(points.get(i - 1).value().doubleValue()) : Double.NaN;
      double after = i < points.size() - 1 ? y(points.get(i + 1).value().doubleValue()) : Double.NaN;
      boolean lowerBefore = Double.isNaN(before) || before >= y;
      boolean lowerAfter = Double.isNaN(after) || after >= y;
      boolean higherBefore = Double.isNaN(before) || before <= y;
      boolean higherAfter = Double.isNaN(after) || after <= y;
      Place place;
      if (lowerBefore && lowerAfter) {
        place = Place.ABOVE;
      } else if (higherBefore && higherAfter) {
        place = Place.BELOW;
      } else if (before < y) {
        place = Place.UPPER_RIGHT;
      } else {
        place = Place.UPPER_LEFT;
      }
      if (place != Place.BELOW && y - 22 < legendBottom + 10) {
        return Place.BELOW;
      }
      if (place == Place.BELOW && y + 20 > bottom) {
        return Double.isNaN(before) || before < y ? Place.UPPER_RIGHT : Place.UPPER_LEFT;
      }
      return place;
    }

    private void axisTitles(double left, double right) {
      String yTitle = unit.isEmpty() ? kpi : kpi + " (" + unit + ")";
      double mid = (top + bottom) / 2;
      s.append("<text x=\"20\" y=\"").append(num(mid)).append("\" transform=\"rotate(-90 20 ").append(num(mid))
          .append(")\" text-anchor=\"middle\" fill=\"").append(MUTED).append("\">").append(esc(yTitle))
          .append("</text>\n");
      s.append("<text x=\"").append(num((left + right) / 2)).append("\" y=\"").append(height - 8)
          .append("\" text-anchor=\"middle\" fill=\"").append(MUTED).append("\">")
          .append(esc(labels.get("chart.period"))).append("</text>\n");
    }

    private String dot(double x, double y, State state) {
      return switch (state) {
        case MET -> "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"3.8\" fill=\"#ffffff\" stroke=\""
            + LINE + "\" stroke-width=\"2\"/>";
        case WARNING -> "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"5\" fill=\"" + WARNING
            + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>";
        case BREACH -> "<path d=\"M" + num(x) + ',' + num(y - 6.5) + " L" + num(x + 6.5) + ',' + num(y) + " L"
            + num(x) + ',' + num(y + 6.5) + " L" + num(x - 6.5) + ',' + num(y) + " Z\" fill=\"" + BREACH
            + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>";
      };
    }

    private String line(double x1, double y1, double x2, double y2, String colour, double stroke, String dash) {
      return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
          + "\" stroke=\"" + colour + "\" stroke-width=\"" + num(stroke) + "\""
          + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>\n";
    }

    /** The axis runs over whole ticks around the values, the target and the threshold. */
    private void ticks() {
      double lo = Math.min(target.doubleValue(), warning.doubleValue());
      double hi = Math.max(target.doubleValue(), warning.doubleValue());
      for (Point p : points) {
        lo = Math.min(lo, p.value().doubleValue());
        hi = Math.max(hi, p.value().doubleValue());
      }
      double max = hi;
      double min = lo;
      if (hi - lo < 1e-9) {
        double pad = Math.max(1, Math.abs(hi) * 0.05);
        lo -= pad;
        hi += pad;
      }
      double pad = (hi - lo) * 0.08;
      lo -= pad;
      hi += pad;
      if (unit.equals("%") && max <= 100 && hi > 100) {
        hi = 100;
      }
      if (min >= 0 && lo < 0) {
        lo = 0;
      }
      step = nice((hi - lo) / 5);
      double st = step.doubleValue();
      axisLo = BigDecimal.valueOf(Math.floor(lo / st + 1e-9)).multiply(step).doubleValue();
      axisHi = BigDecimal.valueOf(Math.ceil(hi / st - 1e-9)).multiply(step).doubleValue();
    }

    private double y(double value) {
      return bottom - (value - axisLo) / (axisHi - axisLo) * (bottom - top);
    }
  }

  /** 1, 2, 2.5 or 5 times a power of ten, at least the raw step. */
  static BigDecimal nice(double raw) {
    int exponent = (int) Math.floor(Math.log10(raw));
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    for (String f : new String[] {"1", "2", "2.5", "5", "10"}) {
      BigDecimal candidate = new BigDecimal(f).multiply(power);
      if (candidate.doubleValue() >= raw - 1e-12) {
        return candidate.stripTrailingZeros();
      }
    }
    return BigDecimal.TEN.multiply(power);
  }

  private String withUnit(String number) {
    if (unit.isEmpty()) {
      return number;
    }
    return unit.equals("%") ? number + "%" : number + "\u00a0" + unit;
  }

  private static NumberFormat numbers(Locale locale, int decimals) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    f.setGroupingUsed(true);
    return f;
  }

  /** A width estimate for a proportional sans-serif font. */
  private static double width(String text, double size) {
    return text.length() * size * 0.56;
  }

  private static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }
}
