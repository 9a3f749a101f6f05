// Types of scripts/docSnippets.mjs for the unit tests that import it.
/** One TS/TSX code block of a Markdown document. */
export interface Snippet {
  doc: string;
  /** 1-based line of the first code line in the document. */
  line: number;
  /** Columns of indentation removed from each line (a fence inside a list item). */
  indent: number;
  lang: 'ts' | 'tsx';
  /** False for a fence marked `nocheck`. */
  check: boolean;
  /** The file name given by `<!-- snippet: name -->` on the line before the fence. */
  name?: string;
  code: string;
}
export declare const SNIPPET_DIR: string;
export declare function extractSnippets(markdown: string, doc: string): Snippet[];
export declare function documents(repo: string): string[];
export declare function checkSnippets(options: { project: string; snippets: Snippet[] }): { checked: number; skipped: number; problems: string[] };
export declare function checkDocs(options: { repo: string; project: string }): {
  checked: number;
  skipped: number;
  skippedByDoc: Record<string, number>;
  problems: string[];
};
