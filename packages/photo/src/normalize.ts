import {
  checkText,
  checkUrl,
  formatIssues,
  parsePhoto,
  type Credit,
  type Photo,
  type PhotoSource,
} from '@stadtkit/model';

/** A photo cleaned field by field: what is safe is kept, the rest is dropped and reported. */
export interface NormalizedPhoto {
  sources: PhotoSource[];
  alt: string | undefined;
  decorative: boolean;
  caption: string | undefined;
  credit: Credit | undefined;
}

export interface Normalized {
  photo: NormalizedPhoto;
  /** Problems for the console (the model's error paths), empty when the input is valid. */
  problems: string[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && checkText(value) === undefined
    ? value
    : undefined;
}

function url(value: unknown): string | undefined {
  return typeof value === 'string' && checkUrl(value) === undefined ? value : undefined;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 20_000
    ? value
    : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function credit(value: unknown): Credit | undefined {
  if (!isRecord(value)) return undefined;
  const holder = text(value.holder);
  if (!holder) return undefined;
  const result: Credit = { holder };
  const creator = text(value.creator);
  if (creator) result.creator = creator;
  if (isRecord(value.licence)) {
    const name = text(value.licence.name);
    if (name)
      result.licence = url(value.licence.url) ? { name, url: url(value.licence.url) } : { name };
  }
  const sourceUrl = url(value.sourceUrl);
  if (sourceUrl) result.sourceUrl = sourceUrl;
  return result;
}

/**
 * Validates a photo with the model and keeps every field that is safe on its own, so one bad value (a
 * `javascript:` licence link, a missing alt) never costs the caption or the credit.
 */
export function normalizePhoto(input: unknown): Normalized {
  const result = parsePhoto(input);
  const problems = result.ok ? [] : [formatIssues(result.issues)];
  if (result.ok) {
    const photo: Photo = result.value;
    return {
      photo: {
        sources: photo.sources,
        alt: photo.alt,
        decorative: photo.decorative === true,
        caption: photo.caption,
        credit: photo.credit,
      },
      problems,
    };
  }
  const raw = isRecord(input) ? input : {};
  const sources = (Array.isArray(raw.sources) ? raw.sources : [])
    .filter(isRecord)
    .flatMap((source) => {
      const src = url(source.url);
      const width = positiveInt(source.width);
      const height = positiveInt(source.height);
      return src && width && height ? [{ url: src, width, height }] : [];
    });
  return {
    photo: {
      sources,
      alt: typeof raw.alt === 'string' && checkText(raw.alt) === undefined ? raw.alt : undefined,
      decorative: raw.decorative === true,
      caption: text(raw.caption),
      credit: credit(raw.credit),
    },
    problems,
  };
}

/** Parses an HTML `srcset` with width descriptors ("a.jpg 640w, b.jpg 1280w"); other candidates are ignored. */
export function parseSrcset(srcset: string): { url: string; width: number }[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .flatMap(([candidateUrl, descriptor]) => {
      const match = descriptor ? /^(\d+)w$/.exec(descriptor) : null;
      return candidateUrl && match ? [{ url: candidateUrl, width: Number(match[1]) }] : [];
    });
}
