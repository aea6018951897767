import { type Layout, verticalCompactor } from "react-grid-layout";
import { gridColumns, maxHeight, minSize, type Widget } from "./model";

// Moving and resizing widgets without a mouse: each step is a small change to the widgets' places,
// after which the grid is packed upwards exactly as after a drag (react-grid-layout's vertical
// compaction), so the buttons and the mouse lead to the same layouts.

export type Direction = "earlier" | "later" | "left" | "right";
export type Resize = "wider" | "narrower" | "taller" | "shorter";

/** The widgets top to bottom, left to right: the order a reader, a phone and a printout follow. */
export function readingOrder(widgets: Widget[]): Widget[] {
  return [...widgets].sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The grid library's view of the widgets. */
export function toLayout(widgets: Widget[], editable: boolean): Layout {
  return widgets.map((w) => ({
    i: w.id,
    x: w.x,
    y: w.y,
    w: w.w,
    h: w.h,
    minW: minSize.w,
    minH: minSize.h,
    maxH: maxHeight,
    static: !editable,
  }));
}

/** The widgets at the places of a layout; the same array when nothing moved (no needless save). */
export function withLayout(widgets: Widget[], layout: Layout): Widget[] {
  const places = new Map(layout.map((l) => [l.i, l]));
  const moved = widgets.some((w) => {
    const l = places.get(w.id);
    return l && (l.x !== w.x || l.y !== w.y || l.w !== w.w || l.h !== w.h);
  });
  if (!moved) return widgets;
  return widgets.map((w) => {
    const l = places.get(w.id);
    return l ? { ...w, x: l.x, y: l.y, w: l.w, h: l.h } : w;
  });
}

function packed(widgets: Widget[]): Widget[] {
  return withLayout(widgets, verticalCompactor.compact(toLayout(widgets, true), gridColumns));
}

function update(widgets: Widget[], id: string, change: (w: Widget) => Partial<Widget>) {
  return packed(widgets.map((w) => (w.id === id ? { ...w, ...change(w) } : w)));
}

/**
 * Earlier and later swap places with the neighbour in reading order; left and right shift by one
 * column. Widgets in the way move down, as when dragging.
 */
export function move(widgets: Widget[], id: string, direction: Direction): Widget[] {
  if (direction === "left" || direction === "right") {
    const step = direction === "left" ? -1 : 1;
    return update(widgets, id, (w) => ({ x: Math.min(Math.max(w.x + step, 0), gridColumns - w.w) }));
  }
  const order = readingOrder(widgets);
  const at = order.findIndex((w) => w.id === id);
  const other = order[direction === "earlier" ? at - 1 : at + 1];
  const self = order[at];
  if (!self || !other) return widgets;
  return packed(
    widgets.map((w) => {
      if (w.id === self.id) return { ...w, x: Math.min(other.x, gridColumns - w.w), y: other.y };
      if (w.id === other.id) return { ...w, x: Math.min(self.x, gridColumns - w.w), y: self.y };
      return w;
    }),
  );
}

/** One column or row more or less, within the grid and the smallest readable size. */
export function resize(widgets: Widget[], id: string, how: Resize): Widget[] {
  return update(widgets, id, (w) => {
    switch (how) {
      case "wider": {
        const width = Math.min(w.w + 1, gridColumns);
        // At the right edge a wider widget grows to the left.
        return { w: width, x: Math.min(w.x, gridColumns - width) };
      }
      case "narrower":
        return { w: Math.max(w.w - 1, minSize.w) };
      case "taller":
        return { h: Math.min(w.h + 1, maxHeight) };
      case "shorter":
        return { h: Math.max(w.h - 1, minSize.h) };
    }
  });
}

/** A new widget at the bottom of the grid. */
export function add(widgets: Widget[], widget: Widget): Widget[] {
  const bottom = Math.max(0, ...widgets.map((w) => w.y + w.h));
  return [...widgets, { ...widget, x: 0, y: bottom }];
}

export function remove(widgets: Widget[], id: string): Widget[] {
  return packed(widgets.filter((w) => w.id !== id));
}
