import { expect, test } from "vitest";
import { add, move, readingOrder, remove, resize } from "./layout";
import { newWidget, type Widget } from "./model";

const at = (id: string, x: number, y: number, w = 6, h = 4): Widget => ({
  ...newWidget("HEADCOUNT", []),
  id,
  x,
  y,
  w,
  h,
});

const places = (widgets: Widget[]) =>
  Object.fromEntries(readingOrder(widgets).map((w) => [w.id, [w.x, w.y, w.w, w.h]]));

test("earlier and later swap a widget with its neighbour in reading order", () => {
  const grid = [at("a", 0, 0), at("b", 6, 0), at("c", 0, 4, 12)];
  expect(places(move(grid, "a", "later"))).toEqual({ b: [0, 0, 6, 4], a: [6, 0, 6, 4], c: [0, 4, 12, 4] });
  expect(readingOrder(move(grid, "c", "earlier")).map((w) => w.id)).toEqual(["a", "c", "b"]);
  // The first cannot go earlier, the last not later.
  expect(move(grid, "a", "earlier")).toBe(grid);
  expect(move(grid, "c", "later")).toBe(grid);
});

test("left and right shift by a column within the grid, pushing what is in the way down", () => {
  const grid = [at("a", 0, 0), at("b", 6, 0)];
  expect(places(move(grid, "a", "left"))).toEqual(places(grid));
  expect(places(move(grid, "a", "right"))).toEqual({ a: [1, 0, 6, 4], b: [6, 4, 6, 4] });
  expect(places(move(grid, "b", "right"))).toEqual(places(grid));
});

test("resizing keeps to the grid and the smallest readable size; a taller widget pushes the next down", () => {
  const grid = [at("a", 0, 0, 3, 3), at("b", 0, 3, 12, 4)];
  expect(places(resize(grid, "a", "narrower"))).toEqual(places(grid));
  expect(places(resize(grid, "a", "shorter"))).toEqual(places(grid));
  expect(places(resize(grid, "a", "taller"))).toEqual({ a: [0, 0, 3, 4], b: [0, 4, 12, 4] });
  // At the right edge a wider widget grows to the left.
  expect(places(resize([at("c", 6, 0)], "c", "wider"))).toEqual({ c: [5, 0, 7, 4] });
});

test("a new widget goes to the bottom; a removed one leaves no hole", () => {
  const grid = add([at("a", 0, 0), at("b", 0, 4, 12)], at("new", 6, 0));
  expect(places(grid).new).toEqual([0, 8, 6, 4]);
  expect(places(remove(grid, "b"))).toEqual({ a: [0, 0, 6, 4], new: [0, 4, 6, 4] });
});
