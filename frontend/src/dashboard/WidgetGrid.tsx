import "react-grid-layout/css/styles.css";
import type { ReactNode } from "react";
import ReactGridLayout, { useContainerWidth } from "react-grid-layout";
import { readingOrder, toLayout, withLayout } from "./layout";
import { gridColumns, type Widget } from "./model";

type Props = {
  widgets: Widget[];
  editing: boolean;
  onChange: (widgets: Widget[]) => void;
  children: (w: Widget) => ReactNode;
};

/** Below this width (phones, narrow windows) the widgets stack in one column in reading order. */
const oneColumnBelow = 640;
const rowHeight = 72;

/**
 * The widgets on a 12-column grid: dragged by their heading and resized by their corner while the
 * owner edits (LayoutButtons do the same from the keyboard). One column on a phone.
 */
export function WidgetGrid({ widgets, editing, onChange, children }: Props) {
  // Measured before the first drawing, so that a phone never draws the wide grid first.
  const { width, containerRef, mounted } = useContainerWidth({ measureBeforeMount: true });
  if (!mounted) return <div ref={containerRef} className="widget-grid" />;
  return (
    <div ref={containerRef} className="widget-grid">
      {width < oneColumnBelow ? (
        <div className="widget-column">
          {readingOrder(widgets).map((w) => (
            <div key={w.id} className="grid-cell" style={{ minHeight: w.h * rowHeight }}>
              {children(w)}
            </div>
          ))}
        </div>
      ) : (
        <ReactGridLayout
          width={width}
          layout={toLayout(widgets, editing)}
          gridConfig={{ cols: gridColumns, rowHeight, margin: [16, 16], containerPadding: [0, 0] }}
          dragConfig={{ enabled: editing, handle: ".widget-drag" }}
          resizeConfig={{ enabled: editing }}
          onLayoutChange={(layout) => {
            const next = withLayout(widgets, layout);
            if (next !== widgets) onChange(next);
          }}
        >
          {widgets.map((w) => (
            <div key={w.id} className="grid-cell">
              {children(w)}
            </div>
          ))}
        </ReactGridLayout>
      )}
    </div>
  );
}
