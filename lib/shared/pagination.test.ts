import { describe, expect, it } from "vitest";
import { listPage, MAX_PAGE_SIZE, pageCount, pageWindow } from "./pagination";

describe("pageWindow", () => {
  it("turns page and size into skip and take", () => {
    expect(pageWindow(1, 20)).toEqual({ page: 1, pageSize: 20, skip: 0, take: 20 });
    expect(pageWindow(3, 20)).toEqual({ page: 3, pageSize: 20, skip: 40, take: 20 });
    expect(pageWindow(2, 1)).toEqual({ page: 2, pageSize: 1, skip: 1, take: 1 });
  });

  it("reads page 1 for a page below 1 or not a number", () => {
    for (const page of [0, -1, -100, Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]) {
      expect(pageWindow(page, 20)).toEqual({ page: 1, pageSize: 20, skip: 0, take: 20 });
    }
    expect(pageWindow(2.7, 10)).toMatchObject({ page: 2, skip: 10 });
  });

  it("keeps the size within 1 … MAX_PAGE_SIZE, whole", () => {
    expect(pageWindow(1, 0)).toMatchObject({ pageSize: 1, take: 1 });
    expect(pageWindow(1, -5)).toMatchObject({ pageSize: 1, take: 1 });
    expect(pageWindow(1, Number.NaN)).toMatchObject({ pageSize: 1, take: 1 });
    expect(pageWindow(1, 12.9)).toMatchObject({ pageSize: 12, take: 12 });
    expect(pageWindow(2, MAX_PAGE_SIZE + 1)).toEqual({ page: 2, pageSize: MAX_PAGE_SIZE, skip: MAX_PAGE_SIZE, take: MAX_PAGE_SIZE });
    expect(pageWindow(1, 500)).toMatchObject({ take: 500 });
  });
});

describe("pageCount", () => {
  it("is at least 1 and rounds a partial page up", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(1, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(100, 1)).toBe(100);
    expect(pageCount(5, 0)).toBe(5);
  });
});

describe("listPage", () => {
  const ROWS = Array.from({ length: 45 }, (_, i) => i + 1);
  const read = (page: number, pageSize: number) => {
    const windows: { skip: number; take: number }[] = [];
    const result = listPage(
      page,
      pageSize,
      async (window) => {
        windows.push(window);
        return ROWS.slice(window.skip, window.skip + window.take);
      },
      async () => ROWS.length,
    );
    return result.then((p) => ({ ...p, windows }));
  };

  it("reads the window's rows and the total", async () => {
    expect(await read(1, 20)).toEqual({ items: ROWS.slice(0, 20), total: 45, page: 1, pageSize: 20, windows: [{ skip: 0, take: 20 }] });
    expect(await read(3, 20)).toMatchObject({ items: [41, 42, 43, 44, 45], total: 45, page: 3 });
  });

  it("reads page 1 for a page below 1", async () => {
    expect(await read(0, 20)).toMatchObject({ items: ROWS.slice(0, 20), page: 1, windows: [{ skip: 0, take: 20 }] });
    expect(await read(-3, 20)).toMatchObject({ page: 1 });
  });

  it("past the last page: no rows, the total kept, the page number kept", async () => {
    expect(await read(4, 20)).toEqual({ items: [], total: 45, page: 4, pageSize: 20, windows: [{ skip: 60, take: 20 }] });
    expect(await read(99_999, 20)).toMatchObject({ items: [], total: 45, page: 99_999 });
  });

  it("counts while it reads", async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const rows = new Promise<number[]>((resolve) => {
      release = () => resolve([]);
    });
    const page = listPage(
      1,
      10,
      () => {
        order.push("rows");
        return rows;
      },
      async () => {
        order.push("count");
        return 0;
      },
    );
    expect(order).toEqual(["rows", "count"]);
    release();
    await page;
  });
});
