import { describe, expect, it } from "vitest";
import { maskPersonName } from "./mask-name";

describe("maskPersonName", () => {
  it("keeps the first character and stars the rest", () => {
    expect(maskPersonName("张三丰")).toBe("张**");
    expect(maskPersonName("李四")).toBe("李*");
    expect(maskPersonName("John")).toBe("J***");
  });
  it("never shows a one-character name whole, nor nothing", () => {
    expect(maskPersonName("王")).toBe("王*");
    expect(maskPersonName("  ")).toBe("*");
  });
  it("counts characters outside the BMP as one", () => {
    expect(maskPersonName("𠀋二")).toBe("𠀋*");
  });
});
