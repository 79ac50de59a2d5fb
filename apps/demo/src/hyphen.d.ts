// `hyphen` ships no types and its `exports` hide @types/hyphen's per-language files from NodeNext resolution.
declare module 'hyphen/de/index.js' {
  const hyphen: {
    hyphenateSync(
      text: string,
      options?: { minWordLength?: number; hyphenChar?: string; exceptions?: string[] },
    ): string;
  };
  export default hyphen;
}
