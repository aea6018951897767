import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { JpBar } from "./JpBar";

const bar = () => screen.getByRole("progressbar", { name: "2026" });
const fill = () => bar().firstElementChild as HTMLElement;

test("nothing completed: an empty bar, 20 JP short", () => {
  render(<JpBar label="2026" jp={0} />);
  expect(bar().getAttribute("aria-valuenow")).toBe("0");
  expect(bar().getAttribute("aria-valuetext")).toBe("0 dari 20 JP");
  expect(fill().style.width).toBe("0%");
  expect(screen.getByText("Kurang 20 JP dari hak minimal 20 JP.")).toBeTruthy();
});

test("20 JP: a full bar, the right met", () => {
  render(<JpBar label="2026" jp={20} />);
  expect(bar().getAttribute("aria-valuenow")).toBe("20");
  expect(fill().style.width).toBe("100%");
  expect(fill().className).toContain("jp-bar-met");
  expect(screen.getByText("Hak minimal 20 JP terpenuhi.")).toBeTruthy();
});

test("24 JP: the bar stays full and says 24", () => {
  render(<JpBar label="2026" jp={24} />);
  expect(bar().getAttribute("aria-valuenow")).toBe("20");
  expect(bar().getAttribute("aria-valuetext")).toBe("24 dari 20 JP");
  expect(fill().style.width).toBe("100%");
  expect(screen.getByText("Hak minimal 20 JP terpenuhi.")).toBeTruthy();
});

test("12 JP: 60%, 8 JP short", () => {
  render(<JpBar label="2026" jp={12} />);
  expect(fill().style.width).toBe("60%");
  expect(screen.getByText("Kurang 8 JP dari hak minimal 20 JP.")).toBeTruthy();
});
