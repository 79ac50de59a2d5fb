// Vite's `?raw` imports (the README, read by the test that runs its snippet).
declare module '*?raw' {
  const text: string;
  export default text;
}
