import { useTranslation } from "react-i18next";
import { formatNumber } from "../i18n/format";
import { requiredJP } from "./jp";

type Props = {
  /** What the bar is of: a year, or a person. */
  label: string;
  jp: number;
};

/** JP completed against the 20 JP right: full, and marked as met, from 20 JP on. */
export function JpBar({ label, jp }: Props) {
  const { t } = useTranslation();
  const counted = Math.min(jp, requiredJP);
  const short = requiredJP - counted;
  const text = t("training.jp.of", { jp: formatNumber(jp), required: requiredJP });
  return (
    <div className="jp-bar">
      <div className="jp-bar-head">
        <span className="jp-bar-label">{label}</span>
        <span>{text}</span>
      </div>
      <div
        className="jp-bar-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={requiredJP}
        aria-valuenow={counted}
        aria-valuetext={text}
      >
        <div
          className={short > 0 ? "jp-bar-fill" : "jp-bar-fill jp-bar-met"}
          style={{ width: `${(100 * counted) / requiredJP}%` }}
        />
      </div>
      <p className="hint">
        {short > 0 ? t("training.jp.short", { jp: formatNumber(short) }) : t("training.jp.met")}
      </p>
    </div>
  );
}
