// Colour contrast as WCAG defines it, for any CSS colour the browser understands (hex, rgb, oklch, var()):
// the browser resolves the colour by painting it, so no colour syntax needs parsing here.

let context: CanvasRenderingContext2D | null = null;

/** The sRGB channels (0–255) and alpha (0–1) of a CSS colour as the browser paints it. */
export function resolveColor(color: string): [number, number, number, number] {
  context ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext(
    '2d',
    {
      willReadFrequently: true,
    },
  );
  if (!context) throw new Error('no 2D canvas');
  // Resolve custom properties and keywords through an element first (a canvas does not know var()).
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = computed;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** A colour as the browser computes it inside `scope`: custom properties and theme selectors resolved. */
export function colourIn(scope: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  scope.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (value: number) => {
    const s = value / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two CSS colours (the foreground composited over an opaque background), 1–21. */
export function contrastRatio(foreground: string, background: string): number {
  const back = resolveColor(background);
  const front = resolveColor(foreground);
  const alpha = front[3];
  const over: [number, number, number, number] = [
    front[0] * alpha + back[0] * (1 - alpha),
    front[1] * alpha + back[1] * (1 - alpha),
    front[2] * alpha + back[2] * (1 - alpha),
    1,
  ];
  const [light, dark] = [luminance(over), luminance(back)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100;
}
