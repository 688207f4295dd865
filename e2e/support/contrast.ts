import type { Locator, Page } from "@playwright/test";

/**
 * Colour contrast as WCAG 2.2 defines it (relative luminance of sRGB colours, ratio (L1 + 0.05) / (L2 + 0.05)),
 * measured on what the browser computed. Computed colours may come back in any CSS syntax (Tailwind 4 writes
 * oklch), so each one is painted on a 1×1 canvas and read back as sRGB bytes.
 */
export interface ElementColours {
  /** Text colour, as "r,g,b". */
  text: string;
  /** The first opaque background found on the element or its ancestors, as "r,g,b". */
  background: string;
  /** Text colour of the nearest ancestor that is not a link: the text around a link. */
  surroundingText: string;
  /** Contrast of the text on its background, 1–21. */
  contrast: number;
  /** Contrast of the text against the surrounding text's colour, 1–21. */
  contrastWithSurroundingText: number;
  underlined: boolean;
  label: string;
}

/** Runs in the page: everything it needs is defined inside it. */
function measure(elements: Element[]): ElementColours[] {
  const canvas = document.createElement("canvas");
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("no 2d canvas");
  const rgba = (colour: string): [number, number, number, number] => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = "#000";
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const luminance = ([r, g, b]: number[]) => {
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const ratio = (a: number[], b: number[]) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const background = (element: Element): number[] => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0.99) return colour.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return elements.map((element) => {
    const style = getComputedStyle(element);
    const text = rgba(style.color).slice(0, 3);
    let around: Element | null = element.parentElement;
    while (around?.closest("a") && around.parentElement) around = around.parentElement;
    const surrounding = rgba(getComputedStyle(around ?? element).color).slice(0, 3);
    const bg = background(element);
    return {
      text: text.join(","),
      background: bg.join(","),
      surroundingText: surrounding.join(","),
      contrast: ratio(text, bg),
      contrastWithSurroundingText: ratio(text, surrounding),
      underlined: style.textDecorationLine.includes("underline"),
      label: (element.textContent ?? "").trim(),
    };
  });
}

/** The colours of every element the locator matches. */
export async function coloursOf(locator: Locator): Promise<ElementColours[]> {
  return locator.evaluateAll(measure);
}

/**
 * Every link that sits in running text (its parent has text of its own beside the link), with its colours:
 * WCAG 1.4.1 wants such a link underlined (or otherwise marked) or at 3:1 from the text around it.
 */
export async function linksInText(page: Page): Promise<(ElementColours & { href: string })[]> {
  const links = page.locator("xpath=//a[../text()[normalize-space()]]");
  const colours = await coloursOf(links);
  const hrefs = await links.evaluateAll((elements) => elements.map((e) => e.getAttribute("href") ?? ""));
  return colours.map((c, i) => ({ ...c, href: hrefs[i] }));
}
