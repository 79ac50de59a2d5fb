import {
  checkText,
  checkUrl,
  formatIssues,
  isRecord,
  LIMITS,
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

/** A credit with each field checked on its own: a bad licence link keeps the licence name. */
export function normalizeCredit(value: unknown): Credit | undefined {
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
  return { photo: salvage(input), problems };
}

/** Every field of an invalid photo that is safe on its own. */
function salvage(input: unknown): NormalizedPhoto {
  const raw = safely(() => (isRecord(input) ? input : undefined)) ?? {};
  return {
    sources: safely(() => sources(raw.sources)) ?? [],
    alt: safely(() =>
      typeof raw.alt === 'string' && checkText(raw.alt) === undefined ? raw.alt : undefined,
    ),
    decorative: safely(() => raw.decorative === true) ?? false,
    caption: safely(() => text(raw.caption)),
    credit: safely(() => normalizeCredit(raw.credit)),
  };
}

/** The usable sources of an invalid photo: a safe URL and whole-pixel dimensions each. */
function sources(value: unknown): PhotoSource[] {
  // At most the model's limit: a million entries must not cost a million checks.
  return (Array.isArray(value) ? value.slice(0, LIMITS.sources) : [])
    .filter(isRecord)
    .flatMap((source) => {
      const src = url(source.url);
      const width = positiveInt(source.width);
      const height = positiveInt(source.height);
      return src && width && height ? [{ url: src, width, height }] : [];
    });
}

/**
 * Reads one field; a field that throws when read (a getter, a revoked proxy) is missing, and only that field:
 * a broken licence never costs the caption.
 */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
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
