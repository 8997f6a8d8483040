// Eleventy ships no type declarations; this is the part of its programmatic API we use.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: { configPath?: string | false; quietMode?: boolean; pathPrefix?: string; config?: (config: unknown) => void },
    );
    write(): Promise<unknown>;
    /** Where Eleventy's messages go: a console-like object, or false for none. */
    readonly logger: { overrideLogger(logger: Pick<Console, 'log' | 'warn' | 'error'> | false): void };
  }
  /** Called with (the parts we hand it of) Eleventy's configuration; see src/render/html-base.ts. */
  export function HtmlBasePlugin(config: {
    pathPrefix: string;
    addFilter: (name: string, filter: never) => void;
    addAsyncFilter: (name: string, filter: never) => void;
    htmlTransformer: { addUrlTransform: (...args: never[]) => void };
  }): void;
}
