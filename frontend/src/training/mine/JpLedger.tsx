import { useTranslation } from "react-i18next";
import { JpBar } from "../JpBar";

type Props = { years: { year: number; jp: number }[]; pppk: boolean };

/** The JP completed per year against the 20 JP right, with the regulation it follows. */
export function JpLedger({ years, pppk }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="jp-ledger-title">
      <h2 id="jp-ledger-title">{t("training.mine.ledger")}</h2>
      <div className="jp-ledger">
        {years.map((y) => (
          <JpBar key={y.year} label={String(y.year)} jp={y.jp} />
        ))}
      </div>
      <p className="hint">{pppk ? t("training.jp.rulePppk") : t("training.jp.rule")}</p>
    </section>
  );
}
