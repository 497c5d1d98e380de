// Lets tests import fixture files as raw strings (Vite's `?raw`).
declare module '*.txt?raw' {
  const text: string
  export default text
}
