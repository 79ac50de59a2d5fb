// The WHATWG URL class exists in every runtime the model supports (Node.js and browsers), but TypeScript
// declares it only in the DOM and Node libraries. The model uses neither, so it declares what it uses.
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
}

// Reports of applyServerProps (every runtime has a console; TypeScript declares it only with DOM or Node types).
declare const console: {
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
};
