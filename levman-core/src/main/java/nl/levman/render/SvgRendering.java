package nl.levman.render;

import static nl.levman.render.SvgText.esc;
import static nl.levman.render.SvgText.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import nl.levman.model.Target;
import nl.levman.model.WayOn;

/**
 * A definition drawn by Levman itself as one standalone SVG image, for pages that must work offline
 * (no script, no font, no reference outside the image). Top to bottom, in layers by the longest
 * path from the start: steps are rounded boxes with their number, role code and the start of their
 * label; a decision gate's number sits in a diamond and its outcomes label its arrows; a parallel
 * split and its join are diamonds with a plus, a condition known at start a diamond with its
 * question; the body of a fan-out ("per leverancier") and of the periodic cycle ("per periode") are
 * framed; a link to another process is a double-bordered box pointing to that process; steps that
 * can be raised at any time are dashed, in a frame of their own. Arrows that go back (loops) or
 * skip layers run along the side. The same definition and language always give the same bytes.
 */
public final class SvgRendering {
  private SvgRendering() {}

  /** The definition as an SVG document (an {@code <svg>} element, no XML declaration). */
  public static String svg(ProcessDefinition d, Language language) {
    return new Drawing(d, language).draw();
  }

  private enum Kind { START, END, STEP, SPLIT, JOIN, CONDITION, LINK, SIGNAL }

  private enum Side { LEFT, RIGHT }

  /** A rectangle by its corners. */
  private record Box(double x1, double y1, double x2, double y2) {
    boolean overlapsY(double lo, double hi) {
      return y2 >= lo && y1 <= hi;
    }
  }

  private static final class Node {
    final int index;
    final Kind kind;
    final Optional<Step> step;
    final int region;
    final String text;
    List<String> lines = List.of();
    double w;
    double h;
    double x;
    double y;
    /** Room a text beside the node takes on its right (start, end, condition). */
    double aside;
    int layer;

    Node(int index, Kind kind, Optional<Step> step, int region, String text) {
      this.index = index;
      this.kind = kind;
      this.step = step;
      this.region = region;
      this.text = text;
    }

    double cx() {
      return x + w / 2;
    }

    double cy() {
      return y + h / 2;
    }

    double bottom() {
      return y + h;
    }

    boolean isBox() {
      return kind == Kind.STEP || kind == Kind.LINK;
    }

    Box box() {
      return new Box(x, y, x + w + aside, y + h);
    }
  }

  private static final class Edge {
    final int index;
    final Node from;
    final Node to;
    final Group exitOf;
    final String label;
    final boolean dashed;
    final boolean constraint;
    final boolean sameLayer;
    boolean back;
    Side side;
    double lane;
    List<double[]> points = List.of();
    Box labelBox;

    Edge(int index, Node from, Node to, Group exitOf, String label, boolean dashed, boolean constraint,
        boolean sameLayer) {
      this.index = index;
      this.from = from;
      this.to = to;
      this.exitOf = exitOf;
      this.label = label;
      this.dashed = dashed;
      this.constraint = constraint;
      this.sameLayer = sameLayer;
    }

    boolean drawn() {
      return !constraint;
    }

    int region() {
      return to.region;
    }
  }

  private static final class Group {
    final String kind;
    final String label;
    final List<Node> members;
    final int region;
    Group parent;
    int depth;
    double x1;
    double y1;
    double x2;
    double y2;

    Group(String kind, String label, List<Node> members, int region) {
      this.kind = kind;
      this.label = label;
      this.members = members;
      this.region = region;
    }

    boolean holds(Node n) {
      return members.contains(n);
    }

    Box box() {
      return new Box(x1, y1, x2, y2);
    }

    int minLayer() {
      return members.stream().mapToInt(n -> n.layer).min().orElse(0);
    }

    int maxLayer() {
      return members.stream().mapToInt(n -> n.layer).max().orElse(0);
    }
  }

  private static final class Drawing {
    static final double FONT = 12;
    static final double SMALL = 10.5;
    static final double STEP_W = 300;
    static final double TEXT_PAD = 12;
    static final double HEADER = 29;
    static final double LINE = 15;
    static final int MAX_LINES = 3;
    static final double EVENT = 24;
    static final double DIAMOND = 34;
    static final double GAP_X = 40;
    static final double GAP_Y = 40;
    static final double FRAME_PAD = 14;
    static final double FRAME_LABEL = 16;
    static final double LANE = 14;
    static final double PILL_H = 16;
    static final double MARGIN = 16;
    static final double CLEARANCE = 24;
    /** A full stop that ends a sentence, not an abbreviation such as "d.m.v." or "n.a.v.". */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[^.\\s]{2})\\.(?=\\s+\\p{Lu})");

    static final String INK = "#1f2933";
    static final String MUTED = "#52606d";
    static final String EDGE = "#4a5568";
    static final String BOX = "#7b8794";
    static final String BADGE = "#1f4e79";
    static final String GATE = "#b7791f";
    static final String ROLE_BG = "#e3ebf5";
    static final String FONTS =
        "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, 'DejaVu Sans', sans-serif";

    final ProcessDefinition d;
    final Language language;
    final boolean nl;
    final String prefix;
    final List<Node> nodes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final Map<Integer, Node> steps = new HashMap<>();
    final Map<Integer, Node> subEnds = new HashMap<>();
    final Map<Integer, Node> joins = new HashMap<>();
    Node start;
    Node end;

    Drawing(ProcessDefinition d, Language language) {
      this.d = d;
      this.language = language;
      this.nl = language == Language.NL;
      this.prefix = "lv-" + d.key().replaceAll("[^A-Za-z0-9-]", "-") + "-" + language.name().toLowerCase();
    }

    String draw() {
      build();
      layer();
      placeRegion(0);
      boolean events = nodes.stream().anyMatch(n -> n.region == 1);
      if (events) {
        placeRegion(1);
        moveEventsAside();
      }
      return svg();
    }

    // ---------------------------------------------------------------- the graph

    private Node node(Kind kind, Optional<Step> step, int region, String text) {
      Node n = new Node(nodes.size(), kind, step, region, text);
      nodes.add(n);
      switch (kind) {
        case START, END, SIGNAL -> {
          n.w = EVENT;
          n.h = EVENT;
          n.aside = text.isEmpty() ? 0 : 6 + SvgText.width(text, SMALL, false);
        }
        case SPLIT, JOIN -> {
          n.w = DIAMOND;
          n.h = DIAMOND;
        }
        case CONDITION -> {
          n.w = DIAMOND;
          n.h = DIAMOND;
          n.aside = 8 + SvgText.width(text, SMALL, true);
        }
        case LINK -> {
          n.w = Math.max(SvgText.width(linkCaption(), SMALL, false), SvgText.width(text, FONT, true)) + 2 * TEXT_PAD;
          n.h = 44;
        }
        case STEP -> {
          n.lines = lines(step.orElseThrow());
          n.w = STEP_W;
          n.h = HEADER + n.lines.size() * LINE + 9;
        }
        default -> throw new IllegalStateException(kind.name());
      }
      return n;
    }

    private Edge edge(Node from, Node to, String label) {
      return add(new Edge(edges.size(), from, to, null, label, false, false, false));
    }

    private Edge add(Edge e) {
      edges.add(e);
      return e;
    }

    private void build() {
      start = node(Kind.START, Optional.empty(), 0, "Start");
      for (Step step : d.steps()) {
        if (!step.raisable()) {
          steps.put(step.number(), node(Kind.STEP, Optional.of(step), 0, ""));
        }
      }
      end = node(Kind.END, Optional.empty(), 0, nl ? "Einde" : "End");
      List<Node> eventNodes = new ArrayList<>();
      for (Step step : d.raisableSteps()) {
        Node signal = node(Kind.SIGNAL, Optional.empty(), 1, nl ? "Signaal" : "Signal");
        Node n = node(Kind.STEP, Optional.of(step), 1, "");
        steps.put(step.number(), n);
        Node subEnd = node(Kind.END, Optional.empty(), 1, "");
        subEnds.put(step.number(), subEnd);
        edge(signal, n, "");
        eventNodes.addAll(List.of(signal, n, subEnd));
      }
      edge(start, steps.get(d.startStep().number()), "");
      for (Step step : d.steps()) {
        ways(step);
      }
      for (Step step : d.steps()) {
        frames(step);
      }
      if (!eventNodes.isEmpty()) {
        groups.add(new Group("events", nl ? "Op elk moment" : "At any time", eventNodes, 1));
      }
      nest();
    }

    private void ways(Step step) {
      Node n = steps.get(step.number());
      WayOn way = step.wayOn();
      if (way instanceof WayOn.Next next) {
        edge(n, target(step, next.to()), "");
      } else if (way instanceof WayOn.Gate gate) {
        Map<Node, List<String>> byTarget = new LinkedHashMap<>();
        gate.outcomes().forEach(o -> byTarget.computeIfAbsent(target(step, o.to()), k -> new ArrayList<>()).add(o.name()));
        byTarget.forEach((to, names) -> edge(n, to, String.join(" / ", names)));
      } else if (way instanceof WayOn.Split split) {
        Node fork = node(Kind.SPLIT, Optional.empty(), n.region, "");
        edge(n, fork, "");
        split.branches().forEach(b -> edge(fork, steps.get(b), ""));
        Node join = joins.computeIfAbsent(step.number(), k -> node(Kind.JOIN, Optional.empty(), n.region, ""));
        if (split.then() instanceof WayOn.Condition c) {
          condition(step, join, c);
        } else {
          edge(join, target(step, ((WayOn.Next) split.then()).to()), "");
        }
      } else if (way instanceof WayOn.Join) {
        int split = d.routes().splitClosedBy(step.number()).orElseThrow();
        edge(n, joins.computeIfAbsent(split, k -> node(Kind.JOIN, Optional.empty(), n.region, "")), "");
      } else if (way instanceof WayOn.Condition c) {
        condition(step, n, c);
      } else if (way instanceof WayOn.ForEach f) {
        edge(n, steps.get(f.first()), "");
      } else if (way instanceof WayOn.Cycle c) {
        edge(n, steps.get(c.first()), "");
      } else if (way instanceof WayOn.Link link) {
        Node called = node(Kind.LINK, Optional.empty(), n.region, link.processKey());
        add(new Edge(edges.size(), n, called, null, "", true, false, true));
        edge(n, target(step, link.then()), "");
      }
    }

    private void condition(Step step, Node from, WayOn.Condition c) {
      Node question = node(Kind.CONDITION, Optional.empty(), from.region, words(c.flag()) + "?");
      edge(from, question, "");
      edge(question, target(step, c.whenTrue()), nl ? "ja" : "yes");
      edge(question, target(step, c.whenFalse()), nl ? "nee" : "no");
    }

    /** A fan-out's or cycle's body framed; it goes on from the frame when no body step leads there. */
    private void frames(Step step) {
      List<Integer> body;
      Target then;
      String kind;
      String label;
      String exit;
      if (step.wayOn() instanceof WayOn.ForEach f) {
        body = f.body();
        then = f.then();
        kind = "forEach";
        label = "per " + words(f.itemKind());
        exit = "";
      } else if (step.wayOn() instanceof WayOn.Cycle c) {
        body = c.body();
        then = c.then();
        kind = "cycle";
        label = "\u21bb " + (nl ? "per periode" : "per period");
        exit = nl ? "einde looptijd" : "term ended";
      } else {
        return;
      }
      List<Node> members = body.stream().map(steps::get).toList();
      Group group = new Group(kind, label, new ArrayList<>(members), steps.get(step.number()).region);
      groups.add(group);
      Node after = target(step, then);
      boolean reached = edges.stream().anyMatch(e -> e.to == after && members.contains(e.from));
      if (!reached || kind.equals("cycle")) {
        add(new Edge(edges.size(), null, after, group, exit, false, false, false));
      }
      for (Node m : members) {
        add(new Edge(edges.size(), m, after, null, "", false, true, false));
      }
    }

    /** Each frame's parent is the smallest other frame holding all its steps. */
    private void nest() {
      for (Group g : groups) {
        Group best = null;
        for (Group o : groups) {
          if (o != g && o.region == g.region && o.members.size() > g.members.size()
              && o.members.containsAll(g.members) && (best == null || o.members.size() < best.members.size())) {
            best = o;
          }
        }
        g.parent = best;
      }
      for (Group g : groups) {
        int depth = 0;
        for (Group p = g.parent; p != null; p = p.parent) {
          depth++;
        }
        g.depth = depth;
      }
    }

    private Node target(Step from, Target to) {
      if (to instanceof Target.ToStep s) {
        return steps.get(s.number());
      }
      return from.raisable() ? subEnds.get(from.number()) : end;
    }

    private String words(String code) {
      return switch (code) {
        case "supplier" -> nl ? "leverancier" : "supplier";
        case "mitigation-action" -> nl ? "mitigatieactie" : "mitigation action";
        case "dap-wanted" -> nl ? "DAP gewenst" : "DAP wanted";
        default -> code.replace('-', ' ');
      };
    }

    private String linkCaption() {
      return nl ? "start proces" : "starts process";
    }

    /** The label's first line, or its first sentence if that fits where the line does not. */
    private List<String> lines(Step step) {
      double width = STEP_W - 2 * TEXT_PAD;
      String first = step.label(language).strip().split("\n")[0].strip();
      if (!SvgText.fits(first, width, FONT, MAX_LINES)) {
        Matcher stop = SENTENCE_END.matcher(first);
        if (stop.find() && SvgText.fits(first.substring(0, stop.start() + 1), width, FONT, MAX_LINES)) {
          first = first.substring(0, stop.start() + 1);
        }
      }
      return SvgText.wrap(first, width, FONT, MAX_LINES);
    }

    // ---------------------------------------------------------------- layers

    /** Back edges by a depth-first walk from the start; layers by the longest path over the rest. */
    private void layer() {
      Map<Node, List<Edge>> out = new LinkedHashMap<>();
      for (Edge e : edges) {
        if (e.from != null && !e.sameLayer) {
          out.computeIfAbsent(e.from, k -> new ArrayList<>()).add(e);
        }
      }
      Set<Node> seen = new HashSet<>();
      Set<Node> onPath = new HashSet<>();
      List<Node> roots = new ArrayList<>();
      roots.add(start);
      nodes.stream().filter(n -> n.kind == Kind.SIGNAL).forEach(roots::add);
      roots.addAll(nodes);
      for (Node root : roots) {
        if (!seen.contains(root)) {
          walk(root, out, seen, onPath);
        }
      }
      Map<Node, Integer> incoming = new HashMap<>();
      for (Edge e : edges) {
        if (e.from != null && !e.sameLayer && !e.back) {
          incoming.merge(e.to, 1, Integer::sum);
        }
      }
      PriorityQueue<Node> ready = new PriorityQueue<>(Comparator.comparingInt(n -> n.index));
      nodes.stream().filter(n -> n.kind != Kind.LINK && !incoming.containsKey(n)).forEach(ready::add);
      while (!ready.isEmpty()) {
        Node n = ready.poll();
        for (Edge e : out.getOrDefault(n, List.of())) {
          if (e.back) {
            continue;
          }
          e.to.layer = Math.max(e.to.layer, n.layer + 1);
          if (incoming.merge(e.to, -1, Integer::sum) == 0) {
            ready.add(e.to);
          }
        }
      }
      for (Edge e : edges) {
        if (e.sameLayer) {
          e.to.layer = e.from.layer;
        }
      }
    }

    private void walk(Node n, Map<Node, List<Edge>> out, Set<Node> seen, Set<Node> onPath) {
      seen.add(n);
      onPath.add(n);
      for (Edge e : out.getOrDefault(n, List.of())) {
        if (onPath.contains(e.to)) {
          e.back = true;
        } else if (!seen.contains(e.to)) {
          walk(e.to, out, seen, onPath);
        }
      }
      onPath.remove(n);
    }

    // ---------------------------------------------------------------- places

    private List<Node> inRegion(int region) {
      return nodes.stream().filter(n -> n.region == region).toList();
    }

    /** Places a region's nodes layer by layer around x = 0, then its frames, then its arrows. */
    private void placeRegion(int region) {
      List<Node> all = inRegion(region);
      int layers = all.stream().mapToInt(n -> n.layer).max().orElse(0) + 1;
      List<Group> frames = groups.stream().filter(g -> g.region == region).toList();
      double top = 0;
      double previousBottom = 0;
      for (int l = 0; l < layers; l++) {
        int layer = l;
        List<Node> row = new ArrayList<>(all.stream().filter(n -> n.layer == layer && n.kind != Kind.LINK).toList());
        if (row.isEmpty()) {
          continue;
        }
        if (l > 0) {
          double gap = GAP_Y;
          for (Group g : frames) {
            if (g.minLayer() == l) {
              gap += FRAME_PAD + FRAME_LABEL;
            }
            if (g.maxLayer() == l - 1) {
              gap += FRAME_PAD;
            }
          }
          top = previousBottom + gap;
        }
        Map<Node, Double> bary = new HashMap<>();
        for (Node n : row) {
          bary.put(n, edges.stream().filter(e -> e.drawn() && !e.back && e.to == n && e.from != null
              && e.from.layer < layer).mapToDouble(e -> e.from.cx()).average().orElse(0));
        }
        row.sort(Comparator.comparingDouble((Node n) -> bary.get(n)).thenComparingInt(n -> n.index));
        double height = row.stream().mapToDouble(n -> n.h).max().orElse(0);
        if (row.size() == 1) {
          row.get(0).x = -row.get(0).w / 2;
        } else {
          double width = row.stream().mapToDouble(n -> n.w + n.aside).sum() + GAP_X * (row.size() - 1);
          double x = -width / 2;
          for (Node n : row) {
            n.x = x;
            x += n.w + n.aside + GAP_X;
          }
        }
        for (Node n : row) {
          n.y = n.isBox() && row.size() > 1 ? top : top + (height - n.h) / 2;
          for (Edge e : edges) {
            if (e.sameLayer && e.from == n) {
              e.to.x = n.x + n.w + n.aside + GAP_X;
              e.to.y = top + (height - e.to.h) / 2;
            }
          }
        }
        previousBottom = top + height;
      }
      frames(frames);
      route(region);
    }

    /** Each frame around its steps and inner frames, innermost first. */
    private void frames(List<Group> frames) {
      List<Group> inner = new ArrayList<>(frames);
      inner.sort(Comparator.comparingInt((Group g) -> -g.depth));
      for (Group g : inner) {
        g.x1 = g.members.stream().mapToDouble(n -> n.x).min().orElse(0) - FRAME_PAD;
        g.x2 = g.members.stream().mapToDouble(n -> n.x + n.w + n.aside).max().orElse(0) + FRAME_PAD;
        g.y1 = g.members.stream().mapToDouble(n -> n.y).min().orElse(0) - FRAME_PAD - FRAME_LABEL;
        g.y2 = g.members.stream().mapToDouble(Node::bottom).max().orElse(0) + FRAME_PAD;
        for (Group c : frames) {
          if (c.parent == g) {
            g.x1 = Math.min(g.x1, c.x1 - FRAME_PAD);
            g.x2 = Math.max(g.x2, c.x2 + FRAME_PAD);
            g.y1 = Math.min(g.y1, c.y1 - FRAME_PAD - FRAME_LABEL);
            g.y2 = Math.max(g.y2, c.y2 + FRAME_PAD);
          }
        }
      }
    }

    /** Widens the frames holding both ends of an arrow to hold its lane and label, parents after. */
    private void widen(Edge e, List<Group> frames) {
      List<Group> inner = new ArrayList<>(frames);
      inner.sort(Comparator.comparingInt((Group g) -> -g.depth));
      for (Group g : inner) {
        if (g.holds(e.from) && g.holds(e.to)) {
          g.x1 = Math.min(g.x1, e.lane - FRAME_PAD);
          g.x2 = Math.max(g.x2, e.lane + FRAME_PAD);
          if (e.labelBox != null) {
            g.x1 = Math.min(g.x1, e.labelBox.x1() - FRAME_PAD / 2);
            g.x2 = Math.max(g.x2, e.labelBox.x2() + FRAME_PAD / 2);
          }
        }
        if (g.parent != null) {
          g.parent.x1 = Math.min(g.parent.x1, g.x1 - FRAME_PAD);
          g.parent.x2 = Math.max(g.parent.x2, g.x2 + FRAME_PAD);
        }
      }
    }

    // ---------------------------------------------------------------- arrows

    private void route(int region) {
      List<Group> frames = groups.stream().filter(g -> g.region == region).toList();
      List<Edge> mine = edges.stream().filter(e -> e.drawn() && e.region() == region).toList();
      List<Edge> aside = new ArrayList<>();
      for (Edge e : mine) {
        if (e.exitOf != null) {
          continue;
        }
        if (e.sameLayer) {
          e.points = List.of(new double[] {e.from.x + e.from.w, e.from.cy()}, new double[] {e.to.x, e.to.cy()});
        } else if (!e.back && e.to.layer == e.from.layer + 1) {
          down(e, region);
        } else {
          aside.add(e);
        }
      }
      aside.sort(Comparator.comparingInt((Edge e) -> -commonDepth(e, frames))
          .thenComparingInt(e -> Math.abs(e.to.layer - e.from.layer)).thenComparingInt(e -> e.index));
      List<Box> taken = new ArrayList<>();
      for (Edge e : aside) {
        lane(e, region, frames, taken);
        widen(e, frames);
      }
      List<Box> pills = new ArrayList<>();
      for (Edge e : mine) {
        if (e.labelBox != null && !aside.contains(e)) {
          pills.add(e.labelBox);
        }
      }
      ports(aside, pills);
      for (Edge e : mine) {
        if (e.exitOf != null) {
          exit(e);
        }
      }
    }

    private int commonDepth(Edge e, List<Group> frames) {
      return frames.stream().filter(g -> g.holds(e.from) && g.holds(e.to)).mapToInt(g -> g.depth).max().orElse(-1);
    }

    /** An arrow to the next layer: down from the bottom, across halfway, down into the top. */
    private void down(Edge e, int region) {
      double sx = e.from.cx();
      double sy = e.from.bottom();
      double tx = e.to.cx();
      double ty = e.to.y;
      double rowBottom = inRegion(region).stream().filter(n -> n.layer == e.from.layer).mapToDouble(Node::bottom)
          .max().orElse(sy);
      double rowTop = inRegion(region).stream().filter(n -> n.layer == e.to.layer).mapToDouble(n -> n.y)
          .min().orElse(ty);
      double mid = (rowBottom + rowTop) / 2;
      if (Math.abs(sx - tx) < 0.5) {
        e.points = List.of(new double[] {sx, sy}, new double[] {tx, ty});
        pill(e, tx, (sy + ty) / 2);
      } else {
        e.points = List.of(new double[] {sx, sy}, new double[] {sx, mid}, new double[] {tx, mid},
            new double[] {tx, ty});
        pill(e, (sx + tx) / 2, mid);
      }
    }

    /** A label centred on a point of its arrow. */
    private void pill(Edge e, double x, double y) {
      if (e.label.isEmpty()) {
        return;
      }
      double w = SvgText.width(e.label, SMALL, false) + 10;
      e.labelBox = new Box(x - w / 2, y - PILL_H / 2, x + w / 2, y + PILL_H / 2);
    }

    /** An arrow that goes back or skips layers: out of a side, along a free lane, into the same side. */
    private void lane(Edge e, int region, List<Group> frames, List<Box> taken) {
      double axis = 0;
      if (e.back) {
        e.side = e.from.cx() < axis - 1 ? Side.LEFT : Side.RIGHT;
      } else {
        e.side = e.from.cx() > axis + 1 ? Side.RIGHT : Side.LEFT;
      }
      double lo = Math.min(e.from.y, e.to.y);
      double hi = Math.max(e.from.bottom(), e.to.bottom());
      List<Box> obstacles = new ArrayList<>();
      for (Node n : inRegion(region)) {
        if (n.box().overlapsY(lo, hi)) {
          obstacles.add(n.box());
        }
      }
      for (Group g : frames) {
        if (!(g.holds(e.from) && g.holds(e.to)) && g.box().overlapsY(lo, hi)) {
          obstacles.add(g.box());
        }
      }
      for (Box b : taken) {
        if (b.overlapsY(lo - 6, hi + 6)) {
          obstacles.add(b);
        }
      }
      if (e.side == Side.RIGHT) {
        e.lane = obstacles.stream().mapToDouble(Box::x2).max().orElse(0) + LANE;
      } else {
        e.lane = obstacles.stream().mapToDouble(Box::x1).min().orElse(0) - LANE;
      }
      taken.add(new Box(e.lane, Math.min(e.from.cy(), e.to.cy()), e.lane, Math.max(e.from.cy(), e.to.cy())));
      if (!e.label.isEmpty()) {
        double w = SvgText.width(e.label, SMALL, false) + 10;
        double sx = e.side == Side.RIGHT ? e.from.x + e.from.w + e.from.aside : e.from.x;
        double x1 = e.side == Side.RIGHT ? sx + 6 : sx - 6 - w;
        boolean up = e.to.cy() < e.from.cy();
        double y1 = up ? e.from.cy() + 4 : e.from.cy() - 4 - PILL_H;
        e.labelBox = new Box(x1, y1, x1 + w, y1 + PILL_H);
        taken.add(e.labelBox);
      }
    }

    /** Where side arrows leave and enter boxes: spread so that their lanes do not cross. */
    private void ports(List<Edge> aside, List<Box> pills) {
      record End(Edge edge, boolean source) {
        Node node() {
          return source ? edge.from : edge.to;
        }

        Node other() {
          return source ? edge.to : edge.from;
        }
      }
      Map<String, List<End>> at = new LinkedHashMap<>();
      for (Edge e : aside) {
        at.computeIfAbsent(e.from.index + ":" + e.side, k -> new ArrayList<>()).add(new End(e, true));
        at.computeIfAbsent(e.to.index + ":" + e.side, k -> new ArrayList<>()).add(new End(e, false));
      }
      Map<End, Double> offset = new HashMap<>();
      for (List<End> ends : at.values()) {
        Node n = ends.get(0).node();
        List<End> above = new ArrayList<>();
        List<End> below = new ArrayList<>();
        for (End end : ends) {
          (end.other().cy() < n.cy() ? above : below).add(end);
        }
        Comparator<End> inward = Comparator.comparingDouble((End end) -> Math.abs(end.edge.lane - n.cx()));
        above.sort(inward);
        below.sort(inward.reversed());
        List<End> order = new ArrayList<>(above);
        order.addAll(below);
        double step = n.isBox() ? Math.min(10, (n.h - 12) / Math.max(1, order.size())) : 0;
        for (int i = 0; i < order.size(); i++) {
          offset.put(order.get(i), (i - (order.size() - 1) / 2.0) * step);
        }
      }
      for (Edge e : aside) {
        double sy = e.from.cy() + offset.get(new End(e, true));
        double ty = e.to.cy() + offset.get(new End(e, false));
        if (e.labelBox != null) {
          Box b = e.labelBox;
          double dy = sy - e.from.cy();
          double away = e.to.cy() < e.from.cy() ? PILL_H + 2 : -PILL_H - 2;
          Box placed = new Box(b.x1(), b.y1() + dy, b.x2(), b.y2() + dy);
          while (overlapsAny(placed, pills)) {
            placed = new Box(placed.x1(), placed.y1() + away, placed.x2(), placed.y2() + away);
          }
          e.labelBox = placed;
          pills.add(placed);
        }
        double sx = e.side == Side.RIGHT ? e.from.x + e.from.w : e.from.x;
        double tx = e.side == Side.RIGHT ? e.to.x + e.to.w : e.to.x;
        e.points = List.of(new double[] {sx, sy}, new double[] {e.lane, sy}, new double[] {e.lane, ty},
            new double[] {tx, ty});
      }
    }

    private static boolean overlapsAny(Box b, List<Box> others) {
      for (Box o : others) {
        if (b.x1() < o.x2() && o.x1() < b.x2() && b.y1() < o.y2() && o.y1() < b.y2()) {
          return true;
        }
      }
      return false;
    }

    /** The way on from a frame: down from its bottom edge into the step after it. */
    private void exit(Edge e) {
      Group g = e.exitOf;
      double x = Math.max(g.x1 + 20, Math.min(g.x2 - 20, e.to.cx()));
      double sy = g.y2;
      double ty = e.to.y;
      if (Math.abs(x - e.to.cx()) < 0.5) {
        e.points = List.of(new double[] {x, sy}, new double[] {x, ty});
      } else {
        double mid = (sy + ty) / 2;
        e.points = List.of(new double[] {x, sy}, new double[] {x, mid}, new double[] {e.to.cx(), mid},
            new double[] {e.to.cx(), ty});
      }
      pill(e, e.to.cx(), (sy + ty) / 2);
    }

    // ---------------------------------------------------------------- the events region

    /**
     * Moves the steps raisable at any time beside the main flow where they make the drawing grow
     * least (in width plus height), the highest such place if there are several.
     */
    private void moveEventsAside() {
      Box events = bounds(1);
      List<Box> main = boxes(0);
      Box all = union(main);
      double width = events.x2() - events.x1();
      double height = events.y2() - events.y1();
      List<Double> candidates = new ArrayList<>();
      candidates.add(all.y1());
      for (Node n : inRegion(0)) {
        candidates.add(n.y - FRAME_PAD - FRAME_LABEL);
        candidates.add(n.bottom() + CLEARANCE);
      }
      candidates.sort(Double::compare);
      double bestCost = Double.MAX_VALUE;
      double bestX = all.x2() + 2 * GAP_X;
      double bestY = all.y1();
      for (double y : candidates) {
        if (y < all.y1()) {
          continue;
        }
        double x = main.stream().filter(b -> b.overlapsY(y - CLEARANCE + 0.5, y + height + CLEARANCE - 0.5))
            .mapToDouble(Box::x2).map(right -> right + 2 * GAP_X).max().orElse(all.x1());
        double cost = Math.max(0, x + width - all.x2()) + Math.max(0, y + height - all.y2());
        if (cost < bestCost - 0.5) {
          bestCost = cost;
          bestX = x;
          bestY = y;
        }
      }
      move(1, bestX - events.x1(), bestY - events.y1());
    }

    private void move(int region, double dx, double dy) {
      for (Node n : inRegion(region)) {
        n.x += dx;
        n.y += dy;
      }
      for (Group g : groups) {
        if (g.region == region) {
          g.x1 += dx;
          g.x2 += dx;
          g.y1 += dy;
          g.y2 += dy;
        }
      }
      for (Edge e : edges) {
        if (e.drawn() && e.region() == region) {
          List<double[]> moved = new ArrayList<>();
          for (double[] p : e.points) {
            moved.add(new double[] {p[0] + dx, p[1] + dy});
          }
          e.points = moved;
          e.lane += dx;
          if (e.labelBox != null) {
            Box b = e.labelBox;
            e.labelBox = new Box(b.x1() + dx, b.y1() + dy, b.x2() + dx, b.y2() + dy);
          }
        }
      }
    }

    /** Everything drawn in a region, as boxes. */
    private List<Box> boxes(int region) {
      List<Box> boxes = new ArrayList<>();
      for (Node n : inRegion(region)) {
        boxes.add(n.box());
      }
      for (Group g : groups) {
        if (g.region == region) {
          boxes.add(g.box());
        }
      }
      for (Edge e : edges) {
        if (e.drawn() && e.region() == region) {
          for (double[] p : e.points) {
            boxes.add(new Box(p[0], p[1], p[0], p[1]));
          }
          if (e.labelBox != null) {
            boxes.add(e.labelBox);
          }
        }
      }
      return boxes;
    }

    private Box bounds(int region) {
      return union(boxes(region));
    }

    private static Box union(List<Box> boxes) {
      double x1 = Double.MAX_VALUE;
      double y1 = Double.MAX_VALUE;
      double x2 = -Double.MAX_VALUE;
      double y2 = -Double.MAX_VALUE;
      for (Box b : boxes) {
        x1 = Math.min(x1, b.x1());
        y1 = Math.min(y1, b.y1());
        x2 = Math.max(x2, b.x2());
        y2 = Math.max(y2, b.y2());
      }
      return new Box(x1, y1, x2, y2);
    }

    // ---------------------------------------------------------------- SVG

    private String svg() {
      List<Box> everything = new ArrayList<>(boxes(0));
      everything.addAll(boxes(1));
      Box b = union(everything);
      double legendY = b.y2() + 30;
      StringBuilder legend = new StringBuilder();
      double legendRight = legend(legend, b.x1(), legendY);
      double x1 = b.x1() - MARGIN;
      double y1 = b.y1() - MARGIN;
      double w = Math.max(b.x2(), legendRight) + MARGIN - x1;
      double h = legendY + 14 + MARGIN - y1;
      StringBuilder s = new StringBuilder();
      String title = d.name(language);
      s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(num(x1)).append(' ').append(num(y1))
          .append(' ').append(num(w)).append(' ').append(num(h)).append("\" width=\"").append(num(w))
          .append("\" height=\"").append(num(h)).append("\" role=\"img\" aria-labelledby=\"").append(prefix)
          .append("-title\" font-family=\"").append(esc(FONTS)).append("\" font-size=\"").append(num(FONT))
          .append("\" data-process=\"").append(esc(d.key())).append("\">\n");
      s.append("<title id=\"").append(prefix).append("-title\">").append(esc(title)).append("</title>\n");
      s.append("<defs><marker id=\"").append(prefix).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
          + " markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
          + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(EDGE).append("\"/></marker></defs>\n");
      s.append("<rect x=\"").append(num(x1)).append("\" y=\"").append(num(y1)).append("\" width=\"").append(num(w))
          .append("\" height=\"").append(num(h)).append("\" fill=\"#ffffff\"/>\n");
      List<Group> outerFirst = new ArrayList<>(groups);
      outerFirst.sort(Comparator.comparingInt((Group g) -> g.depth));
      s.append("<g class=\"frames\">\n");
      for (Group g : outerFirst) {
        frame(s, g);
      }
      s.append("</g>\n<g class=\"arrows\" fill=\"none\" stroke=\"").append(EDGE).append("\" stroke-width=\"1.4\">\n");
      for (Edge e : edges) {
        if (e.drawn()) {
          s.append("<path d=\"").append(path(e.points)).append("\" marker-end=\"url(#").append(prefix)
              .append("-arrow)\"").append(e.dashed ? " stroke-dasharray=\"5 4\"" : "").append("/>\n");
        }
      }
      s.append("</g>\n<g class=\"nodes\">\n");
      for (Node n : nodes) {
        node(s, n);
      }
      s.append("</g>\n<g class=\"outcomes\" font-size=\"").append(num(SMALL)).append("\">\n");
      for (Edge e : edges) {
        if (e.drawn() && e.labelBox != null) {
          Box l = e.labelBox;
          s.append("<rect x=\"").append(num(l.x1())).append("\" y=\"").append(num(l.y1())).append("\" width=\"")
              .append(num(l.x2() - l.x1())).append("\" height=\"").append(num(PILL_H))
              .append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"#cbd2d9\"/>");
          s.append("<text x=\"").append(num((l.x1() + l.x2()) / 2)).append("\" y=\"").append(num(l.y1() + 11.5))
              .append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">").append(esc(e.label))
              .append("</text>\n");
        }
      }
      s.append("</g>\n");
      s.append(legend);
      s.append("</svg>\n");
      return s.toString();
    }

    private void frame(StringBuilder s, Group g) {
      String stroke;
      String fill;
      switch (g.kind) {
        case "cycle" -> {
          stroke = "#2c7a7b";
          fill = g.depth == 0 ? "#f2f9f9" : "#e6f3f3";
        }
        case "events" -> {
          stroke = GATE;
          fill = "#fffaf0";
        }
        default -> {
          stroke = "#6b8fb3";
          fill = g.depth == 0 ? "#f4f7fb" : "#e9f0f8";
        }
      }
      s.append("<rect x=\"").append(num(g.x1)).append("\" y=\"").append(num(g.y1)).append("\" width=\"")
          .append(num(g.x2 - g.x1)).append("\" height=\"").append(num(g.y2 - g.y1)).append("\" rx=\"12\" fill=\"")
          .append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"/>\n");
      s.append("<text x=\"").append(num(g.x1 + 10)).append("\" y=\"").append(num(g.y1 + 15)).append("\" fill=\"")
          .append(stroke).append("\" font-size=\"").append(num(SMALL)).append("\" font-weight=\"bold\">")
          .append(esc(g.label)).append("</text>\n");
    }

    private void node(StringBuilder s, Node n) {
      switch (n.kind) {
        case START -> circle(s, n, "#2f855a", "#f0fff4", 2, false);
        case END -> circle(s, n, "#9b2c2c", "#fff5f5", 3.5, false);
        case SIGNAL -> circle(s, n, GATE, "#fffaf0", 1.6, true);
        case SPLIT, JOIN -> {
          diamond(s, n.cx(), n.cy(), DIAMOND / 2, "#ffffff", BOX);
          s.append("<path d=\"M").append(num(n.cx() - 7)).append(',').append(num(n.cy())).append(" H")
              .append(num(n.cx() + 7)).append(" M").append(num(n.cx())).append(',').append(num(n.cy() - 7))
              .append(" V").append(num(n.cy() + 7)).append("\" stroke=\"").append(INK)
              .append("\" stroke-width=\"2.4\"/>\n");
        }
        case CONDITION -> {
          diamond(s, n.cx(), n.cy(), DIAMOND / 2, "#fffdf7", GATE);
          s.append("<path d=\"M").append(num(n.cx() - 5.5)).append(',').append(num(n.cy() - 5.5)).append(" L")
              .append(num(n.cx() + 5.5)).append(',').append(num(n.cy() + 5.5)).append(" M").append(num(n.cx() + 5.5))
              .append(',').append(num(n.cy() - 5.5)).append(" L").append(num(n.cx() - 5.5)).append(',')
              .append(num(n.cy() + 5.5)).append("\" stroke=\"").append(GATE).append("\" stroke-width=\"2.2\"/>\n");
          s.append("<text x=\"").append(num(n.x + n.w + 8)).append("\" y=\"").append(num(n.cy() + 4))
              .append("\" font-size=\"").append(num(SMALL)).append("\" font-weight=\"bold\" fill=\"").append(INK)
              .append("\">").append(esc(n.text)).append("</text>\n");
        }
        case LINK -> {
          s.append("<rect x=\"").append(num(n.x)).append("\" y=\"").append(num(n.y)).append("\" width=\"")
              .append(num(n.w)).append("\" height=\"").append(num(n.h)).append("\" rx=\"8\" fill=\"#f5f7fa\""
                  + " stroke=\"").append(BOX).append("\" stroke-dasharray=\"5 4\"/>\n");
          s.append("<text x=\"").append(num(n.x + TEXT_PAD)).append("\" y=\"").append(num(n.y + 17))
              .append("\" font-size=\"").append(num(SMALL)).append("\" fill=\"").append(MUTED).append("\">")
              .append(esc(linkCaption())).append("</text>\n");
          s.append("<text x=\"").append(num(n.x + TEXT_PAD)).append("\" y=\"").append(num(n.y + 34))
              .append("\" font-weight=\"bold\" fill=\"").append(INK).append("\">").append(esc(n.text))
              .append("</text>\n");
        }
        case STEP -> step(s, n);
        default -> throw new IllegalStateException(n.kind.name());
      }
    }

    private void circle(StringBuilder s, Node n, String stroke, String fill, double width, boolean dashed) {
      s.append("<circle cx=\"").append(num(n.cx())).append("\" cy=\"").append(num(n.cy())).append("\" r=\"")
          .append(num(EVENT / 2 - width / 2)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
          .append("\" stroke-width=\"").append(num(width)).append('"')
          .append(dashed ? " stroke-dasharray=\"3 2\"" : "").append("/>\n");
      if (!n.text.isEmpty()) {
        s.append("<text x=\"").append(num(n.x + n.w + 6)).append("\" y=\"").append(num(n.cy() + 4))
            .append("\" font-size=\"").append(num(SMALL)).append("\" fill=\"").append(MUTED).append("\">")
            .append(esc(n.text)).append("</text>\n");
      }
    }

    private static void diamond(StringBuilder s, double cx, double cy, double r, String fill, String stroke) {
      s.append("<path d=\"M").append(num(cx)).append(',').append(num(cy - r)).append(" L").append(num(cx + r))
          .append(',').append(num(cy)).append(" L").append(num(cx)).append(',').append(num(cy + r)).append(" L")
          .append(num(cx - r)).append(',').append(num(cy)).append(" Z\" fill=\"").append(fill)
          .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.4\"/>\n");
    }

    private void step(StringBuilder s, Node n) {
      Step step = n.step.orElseThrow();
      boolean gate = step.wayOn() instanceof WayOn.Gate;
      boolean link = step.wayOn() instanceof WayOn.Link;
      String role = step.role().map(r -> r.code()).orElse("");
      s.append("<g data-step=\"").append(step.number()).append("\">");
      s.append("<title>").append(esc(step.number() + ". " + (role.isEmpty() ? "" : role + " \u2014 ")
          + step.label(language).strip())).append("</title>\n");
      s.append("<rect x=\"").append(num(n.x)).append("\" y=\"").append(num(n.y)).append("\" width=\"")
          .append(num(n.w)).append("\" height=\"").append(num(n.h)).append("\" rx=\"8\" fill=\"")
          .append(step.raisable() ? "#fffdf7" : "#ffffff").append("\" stroke=\"").append(gate ? GATE : BOX)
          .append("\" stroke-width=\"").append(gate ? "1.6" : "1.2").append('"')
          .append(step.raisable() ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
      if (link) {
        s.append("<rect x=\"").append(num(n.x + 3)).append("\" y=\"").append(num(n.y + 3)).append("\" width=\"")
            .append(num(n.w - 6)).append("\" height=\"").append(num(n.h - 6)).append("\" rx=\"6\" fill=\"none\""
                + " stroke=\"").append(BOX).append("\" stroke-width=\"1.2\"/>\n");
      }
      double bx = n.x + TEXT_PAD + 10;
      double by = n.y + 16;
      String number = Integer.toString(step.number());
      if (gate) {
        diamond(s, bx, by, 12, GATE, GATE);
      } else {
        s.append("<circle cx=\"").append(num(bx)).append("\" cy=\"").append(num(by)).append("\" r=\"10\" fill=\"")
            .append(BADGE).append("\"/>\n");
      }
      s.append("<text x=\"").append(num(bx)).append("\" y=\"").append(num(by + 4)).append("\" text-anchor=\"middle\""
          + " font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\">").append(esc(number)).append("</text>\n");
      double rx = bx + 18;
      if (!role.isEmpty()) {
        double rw = SvgText.width(role, SMALL, true) + 12;
        s.append("<rect x=\"").append(num(rx)).append("\" y=\"").append(num(by - 8.5)).append("\" width=\"")
            .append(num(rw)).append("\" height=\"17\" rx=\"4\" fill=\"").append(ROLE_BG).append("\"/>\n");
        s.append("<text x=\"").append(num(rx + 6)).append("\" y=\"").append(num(by + 4)).append("\" font-size=\"")
            .append(num(SMALL)).append("\" font-weight=\"bold\" fill=\"").append(BADGE).append("\">")
            .append(esc(role)).append("</text>\n");
        rx += rw + 8;
      }
      String note = step.role().map(r -> r.name(language)).filter(name -> !name.equals(role)).orElse("");
      if (step.raisable()) {
        note = nl ? "op elk moment" : "at any time";
      }
      if (!note.isEmpty()) {
        s.append("<text x=\"").append(num(rx)).append("\" y=\"").append(num(by + 4)).append("\" font-size=\"")
            .append(num(SMALL)).append("\" fill=\"").append(MUTED).append("\">").append(esc(note)).append("</text>\n");
      }
      s.append("<text x=\"").append(num(n.x + TEXT_PAD)).append("\" y=\"").append(num(n.y + HEADER + 11))
          .append("\" fill=\"").append(INK).append("\">");
      for (int i = 0; i < n.lines.size(); i++) {
        s.append("<tspan x=\"").append(num(n.x + TEXT_PAD)).append('"');
        if (i > 0) {
          s.append(" dy=\"").append(num(LINE)).append('"');
        }
        s.append('>').append(esc(n.lines.get(i))).append("</tspan>");
      }
      s.append("</text></g>\n");
    }

    /** What the shapes mean, for readers who do not know BPMN; only the shapes the drawing uses. */
    private double legend(StringBuilder s, double x, double y) {
      boolean gates = nodes.stream().anyMatch(n -> n.step.map(st -> st.wayOn() instanceof WayOn.Gate).orElse(false));
      boolean parallel = nodes.stream().anyMatch(n -> n.kind == Kind.SPLIT);
      boolean condition = nodes.stream().anyMatch(n -> n.kind == Kind.CONDITION);
      boolean raisable = nodes.stream().anyMatch(n -> n.region == 1);
      boolean link = nodes.stream().anyMatch(n -> n.kind == Kind.LINK);
      s.append("<g class=\"legend\" font-size=\"").append(num(SMALL)).append("\" fill=\"").append(MUTED).append("\">\n");
      double at = x;
      s.append("<circle cx=\"").append(num(at + 10)).append("\" cy=\"").append(num(y)).append("\" r=\"10\" fill=\"")
          .append(BADGE).append("\"/>");
      at = item(s, at + 26, y, nl ? "stap, met rol" : "step, with role");
      if (gates) {
        diamond(s, at + 10, y, 11, GATE, GATE);
        at = item(s, at + 26, y, nl ? "beslissing: uitkomst op de pijl" : "decision: outcome on the arrow");
      }
      if (parallel) {
        diamond(s, at + 10, y, 10, "#ffffff", BOX);
        s.append("<path d=\"M").append(num(at + 6)).append(',').append(num(y)).append(" H").append(num(at + 14))
            .append(" M").append(num(at + 10)).append(',').append(num(y - 4)).append(" V").append(num(y + 4))
            .append("\" stroke=\"").append(INK).append("\" stroke-width=\"2\"/>");
        at = item(s, at + 26, y, nl ? "parallel" : "in parallel");
      }
      if (condition) {
        diamond(s, at + 10, y, 10, "#fffdf7", GATE);
        at = item(s, at + 26, y, nl ? "voorwaarde bij de start" : "condition known at start");
      }
      if (raisable) {
        s.append("<rect x=\"").append(num(at)).append("\" y=\"").append(num(y - 8)).append("\" width=\"22\""
            + " height=\"16\" rx=\"4\" fill=\"#fffdf7\" stroke=\"").append(BOX).append("\" stroke-dasharray=\"4 3\"/>");
        at = item(s, at + 30, y, nl ? "op elk moment" : "at any time");
      }
      if (link) {
        s.append("<rect x=\"").append(num(at)).append("\" y=\"").append(num(y - 8)).append("\" width=\"22\""
            + " height=\"16\" rx=\"4\" fill=\"#ffffff\" stroke=\"").append(BOX).append("\"/><rect x=\"")
            .append(num(at + 2.5)).append("\" y=\"").append(num(y - 5.5)).append("\" width=\"17\" height=\"11\""
                + " rx=\"3\" fill=\"none\" stroke=\"").append(BOX).append("\"/>");
        at = item(s, at + 30, y, nl ? "start een ander proces" : "starts another process");
      }
      s.append("</g>\n");
      return at;
    }

    private static double item(StringBuilder s, double x, double y, String text) {
      s.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y + 4)).append("\">").append(esc(text))
          .append("</text>\n");
      return x + SvgText.width(text, SMALL, false) + 22;
    }

    /** An orthogonal path with its corners rounded. */
    private static String path(List<double[]> points) {
      StringBuilder p = new StringBuilder();
      p.append('M').append(num(points.get(0)[0])).append(',').append(num(points.get(0)[1]));
      for (int i = 1; i < points.size(); i++) {
        double[] at = points.get(i);
        if (i == points.size() - 1) {
          p.append(" L").append(num(at[0])).append(',').append(num(at[1]));
          break;
        }
        double[] before = points.get(i - 1);
        double[] after = points.get(i + 1);
        double r = Math.min(6, Math.min(dist(before, at), dist(at, after)) / 2);
        double[] in = toward(at, before, r);
        double[] out = toward(at, after, r);
        p.append(" L").append(num(in[0])).append(',').append(num(in[1])).append(" Q").append(num(at[0])).append(',')
            .append(num(at[1])).append(' ').append(num(out[0])).append(',').append(num(out[1]));
      }
      return p.toString();
    }

    private static double dist(double[] a, double[] b) {
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    private static double[] toward(double[] from, double[] to, double r) {
      double d = dist(from, to);
      if (d == 0) {
        return from;
      }
      return new double[] {from[0] + (to[0] - from[0]) * r / d, from[1] + (to[1] - from[1]) * r / d};
    }
  }
}
