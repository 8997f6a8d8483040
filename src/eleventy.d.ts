// Eleventy ships no type declarations; this is the part of its programmatic API we use.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; config?: (config: unknown) => void });
    write(): Promise<unknown>;
  }
}
