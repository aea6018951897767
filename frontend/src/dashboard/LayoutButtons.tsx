import { useTranslation } from "react-i18next";
import type { Direction, Resize } from "./layout";

type Props = {
  title: string;
  onMove: (d: Direction) => void;
  onResize: (r: Resize) => void;
  onRemove: () => void;
};

const moves: { direction: Direction; symbol: string }[] = [
  { direction: "earlier", symbol: "↑" },
  { direction: "later", symbol: "↓" },
  { direction: "left", symbol: "←" },
  { direction: "right", symbol: "→" },
];

const sizes: { how: Resize; symbol: string }[] = [
  { how: "narrower", symbol: "⇤" },
  { how: "wider", symbol: "⇥" },
  { how: "shorter", symbol: "⤒" },
  { how: "taller", symbol: "⤓" },
];

/** Moving, resizing and removing a widget with buttons: the keyboard's way to do what dragging does. */
export function LayoutButtons({ title, onMove, onResize, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <div className="layout-buttons" role="toolbar" aria-label={t("dashboard.widget.layoutOf", { title })}>
      {moves.map(({ direction, symbol }) => (
        <button
          key={direction}
          type="button"
          className="icon-button"
          title={t(`dashboard.move.${direction}`)}
          aria-label={t(`dashboard.move.${direction}`)}
          onClick={() => onMove(direction)}
        >
          <span aria-hidden="true">{symbol}</span>
        </button>
      ))}
      {sizes.map(({ how, symbol }) => (
        <button
          key={how}
          type="button"
          className="icon-button"
          title={t(`dashboard.resize.${how}`)}
          aria-label={t(`dashboard.resize.${how}`)}
          onClick={() => onResize(how)}
        >
          <span aria-hidden="true">{symbol}</span>
        </button>
      ))}
      <button type="button" className="icon-button danger" onClick={onRemove}>
        {t("dashboard.widget.remove")}
      </button>
    </div>
  );
}
